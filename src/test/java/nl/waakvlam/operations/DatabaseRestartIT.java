package nl.waakvlam.operations;

import com.microsoft.playwright.Page;
import nl.waakvlam.shared.DemoMode;
import nl.waakvlam.support.Browser;
import nl.waakvlam.support.FullSuite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stops under a running application and starts again in the same place: meanwhile the
 * readiness probe says DOWN (liveness stays UP) and pages answer the translated 503 page, never a 500
 * or a stack trace; afterwards signing in and the caseload work again without restarting the
 * application. The time from the database being back to a working sign-in is printed for the
 * operations notes.
 */
@FullSuite
class DatabaseRestartIT {

    @TempDir
    static Path dataDirectory;

    static int databasePort;
    static StandalonePostgres database;
    static ConfigurableApplicationContext application;

    @BeforeAll
    static void start() throws Exception {
        databasePort = StandalonePostgres.freePort();
        // kept on close (a clean start would delete the directory when the server stops)
        database = StandalonePostgres.start(dataDirectory.resolve("pg"), databasePort, false);
        database.createDatabase("waakvlam");
        // While the database is down every request waits the pool's connection timeout before its 503 (3 s
        // in production); Hikari's shortest here, so that the test's dozen requests in the outage do not
        // wait half a minute.
        application = Instances.start(database.jdbcUrl("waakvlam"), Map.of("waakvlam.demo.enabled", "true",
                "spring.datasource.hikari.connection-timeout", "250",
                "spring.datasource.hikari.validation-timeout", "250"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (application != null) {
            application.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void theApplicationAnswers503WhileTheDatabaseIsDownAndRecoversByItself() throws Exception {
        int port = Instances.port(application);
        HttpVisitor coach = new HttpVisitor();
        assertThat(coach.signIn(port, "coach1").statusCode()).isEqualTo(302);
        assertThat(coach.get(port, "/caseload").statusCode()).isEqualTo(200);
        HttpVisitor probe = new HttpVisitor(); // a load balancer's probe carries no session cookie
        assertThat(probe.get(port, "/actuator/health/readiness").statusCode()).isEqualTo(200);

        database.close();
        database = null;

        HttpResponse<String> readiness = probe.get(port, "/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(readiness.body()).contains("DOWN");
        assertThat(probe.get(port, "/actuator/health/liveness").statusCode()).isEqualTo(200);

        HttpResponse<String> page = coach.get(port, "/caseload");
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
        assertThat(page.body()).contains("Waakvlam is even niet bereikbaar").contains("Opnieuw proberen")
                .doesNotContain("Exception").doesNotContain("at org.").doesNotContain("jdbc");
        assertThat(coach.get(port, "/caseload?lang=en").body()).contains("Waakvlam is briefly unavailable");
        HttpVisitor stranger = new HttpVisitor();
        assertThat(stranger.get(port, "/login").statusCode()).as("a new visitor too").isEqualTo(503);
        try (Browser browser = new Browser()) {
            Page phone = browser.phone();
            phone.navigate("http://127.0.0.1:" + port + "/login");
            assertThat(phone.locator("h1").textContent()).isEqualTo("Waakvlam is even niet bereikbaar");
            Browser.assertAccessible(phone);
            Browser.screenshot(phone, "unavailable-phone");
            Page desktop = browser.desktop();
            desktop.navigate("http://127.0.0.1:" + port + "/caseload?lang=en");
            assertThat(desktop.locator("h1").textContent()).isEqualTo("Waakvlam is briefly unavailable");
            Browser.screenshot(desktop, "unavailable-desktop");
        }

        database = StandalonePostgres.start(dataDirectory.resolve("pg"), databasePort, false);
        long back = System.nanoTime();
        // the first requests may still meet the pool reconnecting: a user retries, so does the test
        HttpVisitor again = new HttpVisitor();
        while (again.get(port, "/login").statusCode() != 200) {
            assertThat(System.nanoTime() - back).as("recovered within 30 s").isLessThan(30_000_000_000L);
            Thread.sleep(100);
        }
        assertThat(again.post(port, "/login", Map.of("username", "coach2", "password", DemoMode.PASSWORD))
                .statusCode()).isEqualTo(302);
        assertThat(again.get(port, "/caseload").statusCode()).isEqualTo(200);
        long recoveredMillis = (System.nanoTime() - back) / 1_000_000;
        assertThat(coach.get(port, "/caseload").statusCode()).as("the session from before the outage").isEqualTo(200);
        assertThat(probe.get(port, "/actuator/health/readiness").statusCode()).isEqualTo(200);
        System.out.println("Database restart: sign-in and caseload served " + recoveredMillis
                + " ms after PostgreSQL was back");
        assertThat(recoveredMillis).isLessThan(10_000);
    }
}
