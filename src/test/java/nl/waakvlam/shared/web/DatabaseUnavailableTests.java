package nl.waakvlam.shared.web;

import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures mean "the database cannot be reached" (503) rather than a fault of the request or the code. */
class DatabaseUnavailableTests {

    @Test
    void aConnectionStateOrTheServerShuttingDownMeansUnavailable() {
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("refused", "08001")))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("terminating connection", "57P01"))).isTrue();
    }

    @Test
    void aRollbackOnAConnectionThePoolHasClosedMeansUnavailable() {
        // what a request met when PostgreSQL went away between a statement and its rollback
        JpaSystemException rollback = new JpaSystemException(new TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));
        assertThat(DatabaseUnavailable.causedBy(rollback)).isTrue();
    }

    @Test
    void otherFailuresAreNotTheDatabaseBeingAway() {
        assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("something else"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("a bug"))).isFalse();
    }
}
