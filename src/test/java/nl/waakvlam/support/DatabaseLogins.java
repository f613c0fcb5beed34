package nl.waakvlam.support;

import nl.waakvlam.shared.database.DatabaseRoles;
import nl.waakvlam.shared.database.EmbeddedPostgresServer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The three ways into a test database: the server's superuser (creating databases and roles only),
 * the schema owner (Flyway, and tests that need DDL such as a trigger that makes a table fail), and
 * the runtime role the application itself connects as — the same split as in production.
 */
public record DatabaseLogins(String url, String superuser, String superuserPassword,
                             String ownerPassword, String runtimePassword) {

    /** Password of both roles on a Testcontainers server (the embedded one trusts loopback connections). */
    static final String CONTAINER_ROLE_PASSWORD = "waakvlam-test";

    static DatabaseLogins embedded(String url) {
        return new DatabaseLogins(url, EmbeddedPostgresServer.SUPERUSER, null, null, null);
    }

    public String owner() {
        return DatabaseRoles.OWNER;
    }

    public String runtime() {
        return DatabaseRoles.RUNTIME;
    }

    public Connection superuserConnection() throws SQLException {
        return DriverManager.getConnection(url, superuser, superuserPassword);
    }

    public Connection ownerConnection() throws SQLException {
        return DriverManager.getConnection(url, owner(), ownerPassword);
    }

    public Connection runtimeConnection() throws SQLException {
        return DriverManager.getConnection(url, runtime(), runtimePassword);
    }

    /** This server's URL for another database. */
    public String urlOf(String database) {
        return url.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
    }
}
