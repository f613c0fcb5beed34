package nl.waakvlam.support;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * SQL as the schema owner, for the few tests that need what the application's runtime role may not
 * do (create a trigger that makes a table fail, for instance). Tests use the application's own
 * {@code JdbcTemplate} for everything else, so that they run with the rights the application has.
 */
public final class OwnerJdbc {

    private final JdbcTemplate jdbc;

    OwnerJdbc(DatabaseLogins logins) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(logins.url(), logins.owner(), logins.ownerPassword());
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    public void execute(String sql) {
        jdbc.execute(sql);
    }
}
