package nl.waakvlam.shared;

import nl.waakvlam.support.DatabaseLogins;
import nl.waakvlam.support.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every migration applies to an empty PostgreSQL database, and the result validates. */
@IntegrationTest
class FlywayMigrationIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DatabaseLogins logins;

    @Test
    void migratesAnEmptyDatabaseAndValidates() throws Exception {
        String database = "flyway_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection superuser = logins.superuserConnection(); Statement statement = superuser.createStatement()) {
            statement.execute("create database " + database + " owner " + logins.owner());
        }
        String url = logins.urlOf(database);
        Flyway flyway = Flyway.configure()
                .dataSource(url, logins.owner(), logins.ownerPassword())
                .locations("classpath:db/migration")
                .placeholders(Map.of("runtime_role", logins.runtime()))
                .cleanDisabled(true)
                .load();

        MigrateResult result = flyway.migrate();
        flyway.validate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isPositive();
        try (Connection c = DriverManager.getConnection(url, logins.runtime(), logins.runtimePassword());
             Statement statement = c.createStatement()) {
            var rs = statement.executeQuery("select count(*) from track");
            rs.next();
            assertThat(rs.getInt(1)).as("the runtime role reads what the owner migrated").isEqualTo(2);
        }
        try (Connection superuser = logins.superuserConnection(); Statement statement = superuser.createStatement()) {
            statement.execute("drop database " + database + " with (force)");
        }
    }

    @Test
    void theApplicationRunsOnPostgreSql17() {
        String version = jdbc.queryForObject("show server_version", String.class);
        assertThat(version).startsWith("17.");
    }
}
