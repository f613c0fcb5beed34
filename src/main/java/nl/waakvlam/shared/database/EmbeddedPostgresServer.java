package nl.waakvlam.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A PostgreSQL server run from the zonky binaries inside this JVM's process tree. Used by the
 * application when no external database is configured, and by the tests when no Docker engine
 * answers, so both paths start PostgreSQL the same way.
 */
public final class EmbeddedPostgresServer implements Closeable {

    public static final String DATABASE = "waakvlam";
    /** The cluster's superuser; only the set-up of databases and roles connects as it. */
    public static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts PostgreSQL on a free loopback port.
     *
     * @param dataDirectory where the cluster lives; kept between runs unless {@code clean}
     * @param clean         wipe the directory first (tests) or keep it (application)
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, boolean clean) {
        try {
            Files.createDirectories(dataDirectory);
            removeStalePidFile(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (!clean) {
                // the application's database: PostgreSQL's defaults (128 MB of buffers) are sized for a
                // small machine; a large programme's contact table alone is several hundred MB
                builder.setServerConfig("shared_buffers", "512MB")
                        .setServerConfig("effective_cache_size", "2GB")
                        .setServerConfig("work_mem", "16MB");
            }
            EmbeddedPostgres postgres = builder
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(clean)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("timezone", "UTC")
                    .setLocaleConfig("encoding", "UTF8")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // the application's server is stopped by Spring after the context has closed (after
                    // the connection pool and the event registry; EmbeddedDatabaseConfiguration): a JVM
                    // hook of its own would run beside Spring's and stop it while the application still
                    // works. A test server lives as long as the test JVM.
                    .setRegisterShutdownHook(clean)
                    .start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, dataDirectory);
            try {
                server.createDatabaseIfMissing(DATABASE);
            } catch (RuntimeException e) {
                // nobody will stop a server that never reached the application: stop it here
                server.stop();
                throw e;
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /**
     * A process killed with SIGKILL leaves {@code postmaster.pid} behind and PostgreSQL then
     * refuses to start. Remove it only when the process it names is gone.
     */
    private static void removeStalePidFile(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").trim();
        try {
            long pid = Long.parseLong(firstLine);
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                return;
            }
        } catch (NumberFormatException ignored) {
            // unreadable pid file: it cannot belong to a running server
        }
        Files.delete(pidFile);
    }

    /**
     * Creates the database if it does not exist yet and sets up the owner and runtime roles for it
     * ({@link DatabaseRoles}); idempotent, so a data directory from before the role split is brought
     * up to date on its next start.
     */
    public void createDatabaseIfMissing(String database) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            boolean missing;
            try (ResultSet rs = exists.executeQuery()) {
                missing = !rs.next();
            }
            if (missing) {
                try (Statement create = connection.createStatement()) {
                    create.execute("create database " + database + " encoding 'UTF8' template template0");
                }
            }
            DatabaseRoles.ensure(connection, database, null, null);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + database, e);
        }
        try (Connection inDatabase = DriverManager.getConnection(jdbcUrl(database), SUPERUSER, null)) {
            DatabaseRoles.transferOwnership(inDatabase);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set up the database " + database, e);
        }
    }

    /** The application database's URL, without a user: the caller names the role it connects as. */
    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /** Stops the server unless it has stopped already (for a shutdown handler, which may run after {@link #close}). */
    public void stop() {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            // stopping twice, or a server that is gone already: nothing left to stop
        }
    }
}
