package nl.waakvlam.operations;

import nl.waakvlam.shared.database.DatabaseRoles;
import nl.waakvlam.support.FullSuite;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The backup procedure of docs/operations.md, run for real: the demo programme is dumped with
 * {@code pg_dump -Fc}, restored with {@code pg_restore} into a new database, and the application started
 * on the restored database finds the same number of rows in every table and lets a coach sign in.
 *
 * <p>{@code pg_dump} refuses a server of a newer major version than its own, and the operating system's
 * client is older than the application's PostgreSQL 17 on Debian 12 (15). The test therefore runs a
 * PostgreSQL of the client's major version from zonky's binaries for that version, which Maven copies to
 * {@code target/backup-test-postgres/} ({@code backup-test-postgres.version} in the pom). Missing tools
 * fail the test with instructions; it never skips.
 */
@FullSuite
class BackupRestoreIT {

    static final Path BINARIES = Path.of("target/backup-test-postgres/postgres-binaries.jar");
    static final int SERVER_MAJOR = 15;

    @TempDir
    static Path work;

    static StandalonePostgres database;
    static final List<ConfigurableApplicationContext> applications = new ArrayList<>();

    @AfterAll
    static void stop() throws IOException {
        applications.forEach(ConfigurableApplicationContext::close);
        if (database != null) {
            database.close();
        }
    }

    @Test
    void theDemoDatabaseIsDumpedAndRestoredAndTheApplicationRunsOnTheCopy() throws Exception {
        Path pgDump = tool("pg_dump");
        Path pgRestore = tool("pg_restore");
        assertThat(BINARIES).as("PostgreSQL %s binaries for the backup test; run the test through Maven "
                + "(./mvnw verify), whose dependency plugin copies them to %s", SERVER_MAJOR, BINARIES).exists();
        int client = majorVersion(pgDump);
        assertThat(client).as("pg_dump's major version must be at least the server's (%s)", SERVER_MAJOR)
                .isGreaterThanOrEqualTo(SERVER_MAJOR);

        database = StandalonePostgres.start(work.resolve("pg"), StandalonePostgres.freePort(), false, BINARIES);
        database.createDatabase("waakvlam");
        ConfigurableApplicationContext original = Instances.start(database.jdbcUrl("waakvlam"),
                Map.of("waakvlam.demo.enabled", "true"));
        applications.add(original);
        Map<String, Long> before = rowCounts(database.jdbcUrl("waakvlam"));
        assertThat(before.get("client")).as("demo clients").isPositive();
        original.close();

        Path dump = work.resolve("waakvlam.dump");
        long dumpStarted = System.nanoTime();
        run(pgDump.toString(), "--format=custom", "--host=127.0.0.1", "--port=" + database.port(),
                "--username=" + StandalonePostgres.USER, "--dbname=waakvlam", "--file=" + dump);
        long dumpMillis = (System.nanoTime() - dumpStarted) / 1_000_000;

        database.createDatabase("waakvlam_restored");
        long restoreStarted = System.nanoTime();
        run(pgRestore.toString(), "--host=127.0.0.1", "--port=" + database.port(),
                "--username=" + StandalonePostgres.USER, "--dbname=waakvlam_restored", "--exit-on-error",
                "--no-owner", "--role=" + DatabaseRoles.OWNER, dump.toString());
        long restoreMillis = (System.nanoTime() - restoreStarted) / 1_000_000;

        ConfigurableApplicationContext restored = Instances.start(database.jdbcUrl("waakvlam_restored"), Map.of());
        applications.add(restored);
        assertThat(rowCounts(database.jdbcUrl("waakvlam_restored"))).isEqualTo(before);

        int port = Instances.port(restored);
        HttpVisitor coach = new HttpVisitor();
        assertThat(coach.signIn(port, "coach1").statusCode()).isEqualTo(302);
        assertThat(coach.get(port, "/caseload").statusCode()).isEqualTo(200);

        System.out.printf("Backup of the demo database (%d tables, %d rows, %d kB): pg_dump %d ms, pg_restore %d ms%n",
                before.size(), before.values().stream().mapToLong(Long::longValue).sum(), Files.size(dump) / 1024,
                dumpMillis, restoreMillis);
    }

    /** Rows per table of the application's schema. */
    static Map<String, Long> rowCounts(String url) {
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, StandalonePostgres.USER, ""));
        Map<String, Long> counts = new TreeMap<>();
        for (String table : jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = 'public' and table_type = 'BASE TABLE'", String.class)) {
            counts.put(table, jdbc.queryForObject("select count(*) from \"" + table + "\"", Long.class));
        }
        return counts;
    }

    /** The client tool from the PATH, or fails with what to install. */
    static Path tool(String name) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("") + File.pathSeparator + "/usr/bin";
        Optional<Path> found = Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst();
        if (found.isEmpty()) {
            fail(name + " was not found on the PATH. The backup test runs the real PostgreSQL client tools: "
                    + "install them (Debian/Ubuntu: apt-get install postgresql-client; .ci/run does this) and run "
                    + "the tests again.");
        }
        return found.get();
    }

    static int majorVersion(Path tool) throws Exception {
        String version = run(tool.toString(), "--version");
        Matcher matcher = Pattern.compile("\\) (\\d+)").matcher(version);
        if (!matcher.find()) {
            fail("Cannot read the version of " + tool + ": " + version);
        }
        return Integer.parseInt(matcher.group(1));
    }

    static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            fail(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }
}
