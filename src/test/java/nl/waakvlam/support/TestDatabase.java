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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

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

    /** A database of this name on the embedded server, created empty on first use; its JDBC URL. */
    public static synchronized String database(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,40}")) {
            throw new IllegalArgumentException("test database names are lower-case identifiers");
        }
        String url = embedded().jdbcUrl();
        try (Connection connection = DriverManager.getConnection(url, EmbeddedPostgresServer.USERNAME, null);
             Statement statement = connection.createStatement()) {
            ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'");
            if (!exists.next()) {
                statement.execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        return url.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
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
