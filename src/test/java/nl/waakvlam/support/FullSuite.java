package nl.waakvlam.support;

import org.junit.jupiter.api.Tag;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test of the full suite only ({@code ./mvnw verify -Pfull}, which CI runs): the expensive
 * matrices that repeat, through a browser or whole application instances, what the module tests
 * of the everyday suite ({@code ./mvnw verify}) already cover — every browser journey but the
 * coach's contact and phone file, the hostile-input matrix, the operations tests that start
 * instances and stop the database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag(FullSuite.TAG)
public @interface FullSuite {

    String TAG = "full";
}
