package nl.waakvlam.shared.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.SpringApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.nio.file.Path;

/**
 * Starts an embedded PostgreSQL when no {@code spring.datasource.url} is configured, so that
 * {@code ./mvnw spring-boot:run} works on a machine with only a JDK. Boot's own DataSource and
 * Flyway configuration then connect to it through {@link JdbcConnectionDetails} (the runtime role)
 * and {@link FlywayConnectionDetails} (the schema owner); see {@link DatabaseRoles}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(Environment environment) {
        Path dataDirectory = Path.of(environment.getProperty("waakvlam.embedded-db.data-dir", "data/postgres"))
                .toAbsolutePath().normalize();
        long started = System.nanoTime();
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, false);
        // Closing the context stops the server after everything that uses it (destroy method). Should the
        // JVM end without a context close (an exit during start-up), Spring Boot's shutdown handlers,
        // which run after the contexts have closed, stop it all the same: the server never outlives the
        // application, and never stops before it.
        SpringApplication.getShutdownHandlers().add(server::stop);
        log.info("Database mode: embedded PostgreSQL 17 on 127.0.0.1:{}, data in {} (started in {} ms)",
                server.port(), dataDirectory, (System.nanoTime() - started) / 1_000_000);
        return server;
    }

    @Bean
    JdbcConnectionDetails embeddedJdbcConnectionDetails(EmbeddedPostgresServer server) {
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return DatabaseRoles.RUNTIME;
            }

            @Override
            public String getPassword() {
                return null;
            }

            @Override
            public String getJdbcUrl() {
                return server.jdbcUrl();
            }
        };
    }

    /** Flyway migrates as the schema owner; the application itself connects as the runtime role. */
    @Bean
    FlywayConnectionDetails embeddedFlywayConnectionDetails(EmbeddedPostgresServer server) {
        return new FlywayConnectionDetails() {
            @Override
            public String getUsername() {
                return DatabaseRoles.OWNER;
            }

            @Override
            public String getPassword() {
                return null;
            }

            @Override
            public String getJdbcUrl() {
                return server.jdbcUrl();
            }
        };
    }
}
