package nl.waakvlam.shared.web;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a failure to reach the database (down, restarting, the pool timed out waiting for a
 * connection) anywhere in an exception's causes, as opposed to a failing statement: the first is
 * answered with 503 and passes by itself, the second is a bug.
 */
public final class DatabaseUnavailable {

    private static final int DEPTH = 16;
    private static final String CLOSED_BY_THE_POOL = "Connection is closed";

    private DatabaseUnavailable() {
    }

    public static boolean causedBy(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    // 08: connection exception; 57P01-03: the server is shutting down or starting
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            // the pool's answer on a connection it has already closed because it broke (Hikari gives it no
            // SQL state): a rollback after a failed statement then hides the statement's own failure
            if (cause instanceof SQLException sql && sql.getSQLState() == null
                    && CLOSED_BY_THE_POOL.equals(sql.getMessage())) {
                return true;
            }
        }
        return false;
    }
}
