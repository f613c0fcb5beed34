package nl.waakvlam.support;

import nl.waakvlam.shared.database.EmbeddedPostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.DockerClientFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * Decides once per JVM whether Docker answers, and otherwise starts one embedded PostgreSQL
 * that all test contexts share (stopped by its shutdown hook when the JVM ends).
 */
public final class TestDatabase {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

    private static Boolean dockerAvailable;
    private static EmbeddedPostgresServer embedded;

    private TestDatabase() {
    }

    public static synchronized boolean dockerAvailable() {
        if (dockerAvailable == null) {
            boolean available;
            try {
                available = DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                available = false;
            }
            dockerAvailable = available;
            log.info("Test database: {}", available
                    ? "Testcontainers PostgreSQL 17 (Docker engine found)"
                    : "embedded PostgreSQL 17 (no Docker engine answers)");
        }
        return dockerAvailable;
    }

    public static synchronized EmbeddedPostgresServer embedded() {
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgresServer.start(Files.createTempDirectory("waakvlam-test-pg"), true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return embedded;
    }

    /**
     * A database of this name on the embedded server, created empty on first use and owned by the
     * owner role, with the runtime role allowed to connect; its logins.
     */
    public static synchronized DatabaseLogins database(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,40}")) {
            throw new IllegalArgumentException("test database names are lower-case identifiers");
        }
        EmbeddedPostgresServer server = embedded();
        server.createDatabaseIfMissing(name);
        return DatabaseLogins.embedded(server.jdbcUrl(name));
    }

    static final class DockerAvailable implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return dockerAvailable();
        }
    }

    static final class DockerUnavailable implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !dockerAvailable();
        }
    }
}
