package nl.waakvlam.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on real PostgreSQL with the real security configuration, served on a
 * random loopback port (for the browser journeys) and reachable through MockMvc. Integration and
 * browser tests share this one configuration, and therefore one cached context, unless a test
 * sets properties of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.address=127.0.0.1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({TestDatabaseConfiguration.class, MockMvcSessions.class, SynchronousEventsConfiguration.class,
        MutableClock.Configuration.class, TestProgramme.class, TestPeople.class})
public @interface IntegrationTest {
}
