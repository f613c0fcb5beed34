package nl.waakvlam.operations;

import nl.waakvlam.shared.database.DatabaseRoles;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A PostgreSQL server of a test's own, on a port and in a data directory the test chooses, so that
 * the test can stop it and start it again in the same place (a database restart), or run the major
 * version of the installed {@code pg_dump} (the backup test). The application's own embedded server and
 * the suite's shared one stay untouched.
 */
final class StandalonePostgres implements AutoCloseable {

    static final String USER = "postgres";

    private final EmbeddedPostgres postgres;
    private final int port;

    private StandalonePostgres(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    /** The PostgreSQL 17 binaries the application ships with. */
    static StandalonePostgres start(Path dataDirectory, int port, boolean clean) throws IOException {
        return start(dataDirectory, port, clean, null);
    }

    /** With {@code binaries}, a zonky binaries jar of another PostgreSQL version (not on the classpath). */
    static StandalonePostgres start(Path dataDirectory, int port, boolean clean, Path binaries) throws IOException {
        Files.createDirectories(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(clean)
                .setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("timezone", "UTC")
                .setLocaleConfig("encoding", "UTF8")
                .setPGStartupWait(Duration.ofSeconds(60));
        if (binaries != null) {
            builder.setPgBinaryResolver(fromJar(binaries));
        }
        return new StandalonePostgres(builder.start(), port);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    void createDatabase(String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, null);
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name + " encoding 'UTF8' template template0");
            // the owner migrates, the application connects as the runtime role, as in production
            DatabaseRoles.ensure(connection, name, null, null);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl(name), USER, null);
             Statement statement = connection.createStatement()) {
            statement.execute("alter schema public owner to " + DatabaseRoles.OWNER);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    private static PgBinaryResolver fromJar(Path jar) {
        return (system, machineHardware) -> {
            String name = ("postgres-" + system + "-" + machineHardware + ".txz").toLowerCase(java.util.Locale.ROOT);
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                ZipEntry entry = zip.getEntry(name);
                if (entry == null) {
                    throw new IOException(jar + " has no " + name);
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    return new ByteArrayInputStream(in.readAllBytes());
                }
            }
        };
    }
}
