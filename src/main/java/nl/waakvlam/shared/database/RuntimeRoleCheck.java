package nl.waakvlam.shared.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses to let the application run as a database role that could rewrite the audit trail: a
 * superuser, the owner (or a member of the owner) of the database, the schema or any of its tables,
 * or a role that may create objects in the schema. Such a role could disable the append-only trigger
 * or drop the table. {@code waakvlam.database.allow-privileged-runtime-role=true} lets it start
 * anyway, with a warning, for a deployment that accepts the risk.
 */
public final class RuntimeRoleCheck {

    private static final Logger log = LoggerFactory.getLogger(RuntimeRoleCheck.class);

    private final boolean allowPrivileged;

    public RuntimeRoleCheck(boolean allowPrivileged) {
        this.allowPrivileged = allowPrivileged;
    }

    /** Checks the role behind {@code dataSource}; throws when it is privileged and that is not allowed. */
    public void verify(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            verify(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check the database role the application connects as", e);
        }
    }

    public void verify(Connection connection) throws SQLException {
        List<String> privileges = privilegesOf(connection);
        if (privileges.isEmpty()) {
            return;
        }
        String message = "The application connects to PostgreSQL as role '" + currentUser(connection) + "', which "
                + String.join(", ", privileges) + ". That role could switch off or rewrite the audit trail. "
                + "Connect as a role that may only read and write data (see README, 'Database roles'), and let "
                + "Flyway migrate as the owner (spring.flyway.user). To start anyway, set "
                + RuntimeRoleConfiguration.ALLOW_PRIVILEGED + "=true.";
        if (!allowPrivileged) {
            throw new PrivilegedRuntimeRoleException(message);
        }
        log.warn("{} Starting anyway because {}=true.", message, RuntimeRoleConfiguration.ALLOW_PRIVILEGED);
    }

    /** What the connection's role may do that a runtime role may not; empty when it is a plain runtime role. */
    static List<String> privilegesOf(Connection connection) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("""
                     select r.rolsuper,
                            pg_has_role(current_user, d.datdba, 'MEMBER'),
                            pg_has_role(current_user, n.nspowner, 'MEMBER'),
                            has_schema_privilege(current_user, n.oid, 'CREATE'),
                            exists (select 1 from pg_class c where c.relnamespace = n.oid
                                    and pg_has_role(current_user, c.relowner, 'MEMBER'))
                     from pg_roles r, pg_database d, pg_namespace n
                     where r.rolname = current_user and d.datname = current_database()
                       and n.nspname = current_schema()
                     """)) {
            if (!rs.next()) {
                return found;
            }
            if (rs.getBoolean(1)) {
                found.add("is a superuser");
                return found;
            }
            if (rs.getBoolean(2)) {
                found.add("owns the database");
            }
            if (rs.getBoolean(3)) {
                found.add("owns the schema");
            }
            if (rs.getBoolean(4)) {
                found.add("may create objects in the schema");
            }
            if (rs.getBoolean(5)) {
                found.add("owns tables in the schema");
            }
        }
        return found;
    }

    private static String currentUser(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("select current_user")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The application's runtime role has more rights than reading and writing data. */
    public static final class PrivilegedRuntimeRoleException extends IllegalStateException {
        PrivilegedRuntimeRoleException(String message) {
            super(message);
        }
    }
}
