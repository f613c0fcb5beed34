package nl.waakvlam.shared;

import nl.waakvlam.support.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every migration applies to an empty PostgreSQL database, and the result validates. */
@IntegrationTest
class FlywayMigrationIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JdbcConnectionDetails connection;

    @Test
    void migratesAnEmptyDatabaseAndValidates() throws Exception {
        String database = "flyway_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        jdbc.execute("create database " + database);
        String url = connection.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        Flyway flyway = Flyway.configure()
                .dataSource(url, connection.getUsername(), connection.getPassword())
                .locations("classpath:db/migration")
                .cleanDisabled(true)
                .load();

        MigrateResult result = flyway.migrate();
        flyway.validate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isPositive();
        try (Connection c = DriverManager.getConnection(url, connection.getUsername(), connection.getPassword());
             Statement statement = c.createStatement()) {
            var rs = statement.executeQuery("select count(*) from track");
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2);
        }
        jdbc.execute("drop database " + database + " with (force)");
    }

    @Test
    void theApplicationRunsOnPostgreSql17() {
        String version = jdbc.queryForObject("show server_version", String.class);
        assertThat(version).startsWith("17.");
    }
}
