package nl.waakvlam.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads the audit trail for the administrator: filtered by period, user, client, action and outcome,
 * newest first, with the user's display name. Pages by keyset ({@code occurred_at}, {@code id}) on
 * {@code ix_audit_event_time}, so a page deep in years of rows costs the same one statement as the first.
 */
@Component
class AuditTrailQueries {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** The export holds at most this many rows; a narrower filter gets the rest. */
    static final int EXPORT_LIMIT = 100_000;

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;

    AuditTrailQueries(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        // inside a transaction PostgreSQL's driver then reads the export through a cursor, 1,000 rows at a time
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1_000);
        this.streaming.setMaxRows(EXPORT_LIMIT);
    }

    /** One row of the view: the actor by name and user name, never client content. */
    record Row(Long id, Instant occurredAt, Long userId, String username, String displayName, Role role,
               AuditAction action, Long clientId, String entity, Long entityId, AuditOutcome outcome,
               String sourceAddress, String detail) {

        public boolean accessForNeed() {
            return action == AuditAction.ACCESS_FOR_NEED;
        }

        /**
         * The reason category of an access for need ("CALAMITY"), from the row's detail
         * ("CALAMITY: …"). The written reason itself is not shown here: it may describe the client,
         * and the administrator sees no client content.
         */
        public String needCategory() {
            if (!accessForNeed() || detail == null || !detail.contains(":")) {
                return null;
            }
            String category = detail.substring(0, detail.indexOf(':')).strip();
            return category.matches("[A-Z_]{1,40}") ? category : null;
        }
    }

    /** A page of rows and, when there are older rows, the cursor of the next page. */
    record Page(List<Row> rows, Instant nextAt, Long nextId) {

        public boolean hasNext() {
            return nextAt != null;
        }
    }

    @Transactional(readOnly = true)
    Page page(AuditFilter filter, int size) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args, true);
        args.add(size + 1);
        List<Row> rows = jdbc.query(SELECT + where + " order by e.occurred_at desc, e.id desc limit ?",
                (rs, n) -> row(rs), args.toArray());
        if (rows.size() <= size) {
            return new Page(rows, null, null);
        }
        List<Row> shown = rows.subList(0, size);
        Row last = shown.get(size - 1);
        return new Page(List.copyOf(shown), last.occurredAt(), last.id());
    }

    /** Every row the filter selects, up to {@link #EXPORT_LIMIT}, newest first, handed one by one to {@code sink}. */
    @Transactional(readOnly = true)
    void each(AuditFilter filter, Consumer<Row> sink) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args, false);
        streaming.query(SELECT + where + " order by e.occurred_at desc, e.id desc",
                (RowCallbackHandler) rs -> sink.accept(row(rs)), args.toArray());
    }

    private static final String SELECT = "select e.id, e.occurred_at, e.user_id, e.username, u.display_name, e.role, "
            + "e.action, e.client_id, e.entity, e.entity_id, e.outcome, e.source_address, e.detail "
            + "from audit_event e left join user_account u on u.id = e.user_id where true";

    private static String where(AuditFilter filter, List<Object> args, boolean withCursor) {
        StringBuilder sql = new StringBuilder();
        if (filter.getFrom() != null) {
            sql.append(" and e.occurred_at >= ?");
            args.add(Timestamp.from(filter.getFrom().atStartOfDay(ZONE).toInstant()));
        }
        if (filter.getTo() != null) {
            sql.append(" and e.occurred_at < ?");
            args.add(Timestamp.from(filter.getTo().plusDays(1).atStartOfDay(ZONE).toInstant()));
        }
        if (filter.getClient() != null) {
            sql.append(" and e.client_id = ?");
            args.add(filter.getClient());
        }
        if (filter.getAction() != null) {
            sql.append(" and e.action = ?");
            args.add(filter.getAction().name());
        }
        if (filter.getOutcome() != null) {
            sql.append(" and e.outcome = ?");
            args.add(filter.getOutcome().name());
        }
        if (filter.hasUser()) {
            String typed = filter.getUser().strip().toLowerCase(Locale.ROOT);
            // the account by user name or display name; rows without an account (failed sign-ins) by the typed name
            sql.append(" and (e.user_id in (select a.id from user_account a where lower(a.username) = ? "
                    + "or lower(a.display_name) like ? escape '\\') or lower(e.username) = ?)");
            args.add(typed);
            args.add("%" + typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            args.add(typed);
        }
        if (withCursor && filter.getBeforeAt() != null && filter.getBeforeId() != null) {
            sql.append(" and (e.occurred_at, e.id) < (?, ?)");
            args.add(Timestamp.from(filter.getBeforeAt()));
            args.add(filter.getBeforeId());
        }
        return sql.toString();
    }

    private static Row row(ResultSet rs) throws SQLException {
        String role = rs.getString("role");
        return new Row(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), (Long) rs.getObject("user_id"),
                rs.getString("username"), rs.getString("display_name"), role == null ? null : Role.valueOf(role),
                AuditAction.valueOf(rs.getString("action")), (Long) rs.getObject("client_id"), rs.getString("entity"),
                (Long) rs.getObject("entity_id"), AuditOutcome.valueOf(rs.getString("outcome")),
                rs.getString("source_address"), rs.getString("detail"));
    }
}
