package nl.waakvlam.demo;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The large demo programme ({@code WAAKVLAM_DEMO_SCALE=large}): 60 coaches, 15,000 clients and about a
 * million contact moments, for load tests and profiling. Loaded by {@code demo/large-programme.sql}
 * on top of the small demo, inside the demo loader's transaction and on its connection (the script's
 * working tables are temporary and vanish at commit).
 *
 * <p>A fixture in SQL rather than a loop over the services: a million contacts through JPA would take
 * most of an hour, set-based SQL takes under a minute. It is written against the schema the way a
 * migration is, which is why it lives beside the demo and not in any module.
 */
@Component
class LargeProgramme {

    private static final String SCRIPT = "demo/large-programme.sql";

    private final DataSource dataSource;

    LargeProgramme(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The full programme; must be called inside a transaction (its temporary tables live until commit). */
    void load() {
        load(1.0);
    }

    /** A share of the programme ({@code 0.02}: 300 clients), for the test that keeps the script working. */
    void load(double factor) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (PreparedStatement size = connection.prepareStatement("select set_config('waakvlam.large_factor', ?, true)")) {
            size.setString(1, Double.toString(factor));
            size.execute();
            ScriptUtils.executeSqlScript(connection, new EncodedResource(new ClassPathResource(SCRIPT), StandardCharsets.UTF_8));
        } catch (SQLException e) {
            throw new IllegalStateException("could not size the large programme", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
