package nl.waakvlam.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The application uses libraries through their public API and documented extension points: no
 * code in {@code src/main} opens a private member by reflection or asks a class for its declared
 * (private) members. A library's internals change without notice in any release; a use of them
 * would break silently at the next upgrade.
 */
class NoReflectionTests {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("nl.waakvlam");

    @Test
    void mainCodeNeverMakesAPrivateMemberAccessible() {
        ArchRule rule = noClasses().should().callMethod(AccessibleObject.class, "setAccessible", boolean.class)
                .orShould().callMethod(Method.class, "setAccessible", boolean.class)
                .orShould().callMethod(Field.class, "setAccessible", boolean.class)
                .orShould().callMethod(AccessibleObject.class, "trySetAccessible")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.util.ReflectionUtils")
                .because("libraries are used through their public API, never their internals");
        rule.check(MAIN);
    }

    @Test
    void mainCodeNeverAsksAClassForItsDeclaredMembers() {
        ArchRule rule = noClasses().should().callMethod(Class.class, "getDeclaredMethod", String.class, Class[].class)
                .orShould().callMethod(Class.class, "getDeclaredField", String.class)
                .orShould().callMethod(Class.class, "getDeclaredMethods")
                .orShould().callMethod(Class.class, "getDeclaredFields")
                .orShould().callMethod(Class.class, "getDeclaredConstructor", Class[].class)
                .because("a private member of a library is not part of its API");
        rule.check(MAIN);
    }

    @Test
    void theRuleSeesAReflectiveCall() {
        JavaClasses offender = new ClassFileImporter().importClasses(Offender.class);
        ArchRule rule = noClasses().should().callMethod(AccessibleObject.class, "setAccessible", boolean.class)
                .orShould().callMethod(Method.class, "setAccessible", boolean.class);
        assertThatThrownBy(() -> rule.check(offender)).isInstanceOf(AssertionError.class);
    }

    /** What the rules must refuse: a library's private method opened and called. */
    static final class Offender {
        static Object isNew(Object session) throws ReflectiveOperationException {
            Method method = session.getClass().getDeclaredMethod("isNew");
            method.setAccessible(true);
            return method.invoke(session);
        }
    }
}
