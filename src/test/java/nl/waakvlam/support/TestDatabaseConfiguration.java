package nl.waakvlam.support;

import nl.waakvlam.shared.database.DatabaseRoles;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The one database configuration every integration test uses: a Testcontainers PostgreSQL 17
 * when a Docker engine answers, otherwise the JVM-wide embedded PostgreSQL 17. Either way the
 * tests run against real PostgreSQL; no test is skipped for lack of Docker. Flyway migrates as the
 * schema owner and the application connects as the runtime role, as in production, so every test
 * runs with the rights the application really has.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    /** Counts statements for the "fixed number of queries" tests (static: a bean post-processor). */
    @Bean
    static StatementCounter statementCounter() {
        return new StatementCounter();
    }

    @Bean(destroyMethod = "stop")
    @Conditional(TestDatabase.DockerAvailable.class)
    PostgreSQLContainer postgresContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer(DockerImageName.parse("postgres:17-alpine"));
        container.start();
        return container;
    }

    @Bean
    @Conditional(TestDatabase.DockerAvailable.class)
    DatabaseLogins containerDatabaseLogins(PostgreSQLContainer container) throws SQLException {
        DatabaseLogins logins = new DatabaseLogins(container.getJdbcUrl(), container.getUsername(),
                container.getPassword(), DatabaseLogins.CONTAINER_ROLE_PASSWORD, DatabaseLogins.CONTAINER_ROLE_PASSWORD);
        try (Connection superuser = logins.superuserConnection()) {
            DatabaseRoles.ensure(superuser, container.getDatabaseName(), logins.ownerPassword(), logins.runtimePassword());
            DatabaseRoles.transferOwnership(superuser);
        }
        return logins;
    }

    /**
     * The shared embedded server's database, or, for a test that sets {@code waakvlam.test.database}
     * (and therefore gets a context of its own), a database of that name on the same server, so that
     * a test which changes data freely cannot disturb the others.
     */
    @Bean
    @Conditional(TestDatabase.DockerUnavailable.class)
    DatabaseLogins embeddedDatabaseLogins(Environment environment) {
        String database = environment.getProperty("waakvlam.test.database");
        return TestDatabase.database(database == null ? "waakvlam" : database);
    }

    @Bean
    JdbcConnectionDetails runtimeConnectionDetails(DatabaseLogins logins) {
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return logins.runtime();
            }

            @Override
            public String getPassword() {
                return logins.runtimePassword();
            }

            @Override
            public String getJdbcUrl() {
                return logins.url();
            }
        };
    }

    @Bean
    FlywayConnectionDetails ownerConnectionDetails(DatabaseLogins logins) {
        return new FlywayConnectionDetails() {
            @Override
            public String getUsername() {
                return logins.owner();
            }

            @Override
            public String getPassword() {
                return logins.ownerPassword();
            }

            @Override
            public String getJdbcUrl() {
                return logins.url();
            }
        };
    }

    @Bean
    OwnerJdbc ownerJdbc(DatabaseLogins logins) {
        return new OwnerJdbc(logins);
    }
}
