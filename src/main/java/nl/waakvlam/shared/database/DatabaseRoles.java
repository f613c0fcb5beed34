package nl.waakvlam.shared.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The two database roles Waakvlam works with: the schema owner, as whom Flyway migrates, and the
 * runtime role the application connects as, which may only read and write data. Sets them up on a
 * server where we hold a superuser connection (the embedded PostgreSQL and the tests); an external
 * server gets the same roles from the statements in the README. Every step is idempotent, so a data
 * directory from a run before the split keeps working: what it lacks is created, and the tables the
 * superuser used to own pass to the owner role.
 */
public final class DatabaseRoles {

    /** Owns the schema and every table; Flyway connects as this role. */
    public static final String OWNER = "waakvlam_owner";

    /** The application's own connection: data only, and on {@code audit_event} only INSERT and SELECT. */
    public static final String RUNTIME = "waakvlam_app";

    private DatabaseRoles() {
    }

    /**
     * Creates both roles if missing, makes the owner role own {@code database} and everything in its
     * {@code public} schema, and lets the runtime role connect. The grants on the tables come from
     * the migrations ({@code V28__security_database_roles.sql}), which run as the owner.
     *
     * @param superuser a superuser connection to the server (any database)
     * @param database  the application's database, which must exist
     * @param ownerPassword   password for the owner role, or {@code null} (trust authentication)
     * @param runtimePassword password for the runtime role, or {@code null}
     */
    public static void ensure(Connection superuser, String database, String ownerPassword, String runtimePassword) {
        try {
            createRoleIfMissing(superuser, OWNER, ownerPassword);
            createRoleIfMissing(superuser, RUNTIME, runtimePassword);
            try (Statement statement = superuser.createStatement()) {
                statement.execute("alter database " + identifier(database) + " owner to " + OWNER);
                statement.execute("grant connect, temporary on database " + identifier(database) + " to " + RUNTIME);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set up the database roles " + OWNER + " and " + RUNTIME, e);
        }
    }

    /**
     * Hands every object in the {@code public} schema that another role owns to the owner role, and
     * takes the right to create objects in it from everyone else. Run on a connection to the
     * application's database as a superuser.
     */
    public static void transferOwnership(Connection superuserInDatabase) {
        try {
            List<String> statements = new ArrayList<>();
            try (Statement query = superuserInDatabase.createStatement();
                 ResultSet rs = query.executeQuery("""
                         select case c.relkind when 'S' then 'sequence' when 'v' then 'view'
                                     when 'm' then 'materialized view' else 'table' end, c.relname
                         from pg_class c join pg_namespace n on n.oid = c.relnamespace
                         where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S')
                           and pg_get_userbyid(c.relowner) <> '%s'
                           and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype in ('a', 'i'))
                         """.formatted(OWNER))) {
                while (rs.next()) {
                    statements.add("alter " + rs.getString(1) + " public." + identifier(rs.getString(2)) + " owner to " + OWNER);
                }
            }
            try (Statement query = superuserInDatabase.createStatement();
                 ResultSet rs = query.executeQuery("""
                         select p.oid::regprocedure::text
                         from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                         where n.nspname = 'public' and pg_get_userbyid(p.proowner) <> '%s'
                         """.formatted(OWNER))) {
                while (rs.next()) {
                    statements.add("alter function " + rs.getString(1) + " owner to " + OWNER);
                }
            }
            statements.add("revoke create on schema public from public");
            try (Statement statement = superuserInDatabase.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not hand the schema to " + OWNER, e);
        }
    }

    private static void createRoleIfMissing(Connection superuser, String role, String password) throws SQLException {
        try (PreparedStatement exists = superuser.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            exists.setString(1, role);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        try (Statement create = superuser.createStatement()) {
            create.execute("create role " + role + " login nosuperuser nocreatedb nocreaterole noinherit nobypassrls"
                    + (password == null ? "" : " password " + literal(password)));
        }
    }

    private static String identifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain lower-case identifier: " + name);
        }
        return name;
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
