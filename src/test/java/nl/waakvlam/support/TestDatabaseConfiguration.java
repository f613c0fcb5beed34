package nl.waakvlam.support;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The one database configuration every integration test uses: a Testcontainers PostgreSQL 17
 * when a Docker engine answers, otherwise the JVM-wide embedded PostgreSQL 17. Either way the
 * tests run against real PostgreSQL; no test is skipped for lack of Docker.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    /** Counts statements for the "fixed number of queries" tests (static: a bean post-processor). */
    @Bean
    static StatementCounter statementCounter() {
        return new StatementCounter();
    }

    @Bean
    @ServiceConnection
    @Conditional(TestDatabase.DockerAvailable.class)
    PostgreSQLContainer postgresContainer() {
        return new PostgreSQLContainer(DockerImageName.parse("postgres:17-alpine"));
    }

    /**
     * The shared embedded server's database, or, for a test that sets {@code waakvlam.test.database}
     * (and therefore gets a context of its own), a database of that name on the same server, so that
     * a test which changes data freely cannot disturb the others.
     */
    @Bean
    @Conditional(TestDatabase.DockerUnavailable.class)
    JdbcConnectionDetails embeddedPostgresConnectionDetails(Environment environment) {
        String database = environment.getProperty("waakvlam.test.database");
        String url = database == null ? TestDatabase.embedded().jdbcUrl() : TestDatabase.database(database);
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "postgres";
            }

            @Override
            public String getPassword() {
                return null;
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }
}
