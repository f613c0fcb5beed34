package nl.waakvlam.security;

import nl.waakvlam.support.IntegrationTest;
import nl.waakvlam.support.OwnerJdbc;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit trail is out of the application's reach: the application's own connection (the runtime
 * role every test runs as) may add and read audit rows, and nothing else. The refusals come from
 * PostgreSQL's privileges (SQLSTATE 42501), not from the trigger, which stays as a second wall that
 * holds for the schema owner too.
 */
@IntegrationTest
class AuditTrailPrivilegesIT {

    static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OwnerJdbc owner;

    @Test
    void theRuntimeRoleCanNeitherChangeNorRemoveNorSwitchOffTheAuditTrail() {
        assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("waakvlam_app");

        assertRefused("update audit_event set outcome = 'ALLOWED'");
        assertRefused("delete from audit_event");
        assertRefused("alter table audit_event disable trigger all");
        assertRefused("truncate audit_event");
        assertRefused("drop table audit_event");
        assertRefused("create table audit_copy (id bigint)");
        assertRefused("set session_replication_role = replica");
    }

    @Test
    void theRuntimeRoleAddsAndReadsAuditRows() {
        Long id = insert(Instant.now());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where id = ?", Long.class, id)).isOne();
    }

    @Test
    void onlyThePurgeFunctionRemovesRowsAndNeverThoseYoungerThanFiveYears() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Long sixYearsOld = insert(now.minusYears(6).toInstant());
        Long fourYearsOld = insert(now.minusYears(4).toInstant());

        assertThatThrownBy(() -> jdbc.queryForObject("select purge_audit_events(4)", Long.class))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("at least five years");
        assertThatThrownBy(() -> owner.jdbc().update("delete from audit_event where id = ?", fourYearsOld))
                .as("not even the owner deletes a young row by hand")
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");

        Long removed = jdbc.queryForObject("select purge_audit_events(5)", Long.class);

        assertThat(removed).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where id in (?, ?)", Long.class,
                sixYearsOld, fourYearsOld)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where id = ?", Long.class, fourYearsOld)).isOne();
    }

    Long insert(Instant at) {
        return jdbc.queryForObject("insert into audit_event (occurred_at, username, action, outcome) "
                + "values (?, 'privilege-test', 'VIEW', 'ALLOWED') returning id", Long.class,
                java.sql.Timestamp.from(at));
    }

    void assertRefused(String sql) {
        assertThatThrownBy(() -> jdbc.execute(sql))
                .as(sql)
                .isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(sqlState(e)).as(sql).isEqualTo(INSUFFICIENT_PRIVILEGE));
    }

    static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
