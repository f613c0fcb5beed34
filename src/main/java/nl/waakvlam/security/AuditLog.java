package nl.waakvlam.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Writes audit events for client files. Joins the caller's transaction, so when the audit row
 * cannot be written the whole action fails: nothing is shown or changed without a trace.
 * The signed-in user and the source address are taken from the current request.
 */
@Service
public class AuditLog {

    private final AuditEventRepository events;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(AuditEventRepository events, JdbcTemplate jdbc, Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void record(AuditAction action, Long clientId, String entity, Long entityId, AuditOutcome outcome) {
        insert(action, clientId, entity, entityId, outcome, null);
    }

    /*
     * One plain INSERT in the caller's transaction (JdbcTemplate shares the JPA transaction's connection).
     * Every view of a client file writes one: as an entity it also flushed the caller's whole persistence
     * context first, which on the client file meant dirty-checking everything the page had read so far.
     */
    private void insert(AuditAction action, Long clientId, String entity, Long entityId, AuditOutcome outcome,
                        String detail) {
        CurrentUser user = currentUser();
        jdbc.update("insert into audit_event (occurred_at, user_id, username, role, action, client_id, entity, "
                        + "entity_id, outcome, source_address, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Timestamp.from(clock.instant()), user == null ? null : user.id(),
                user == null ? null : user.getUsername(), user == null ? null : user.role().name(), action.name(),
                clientId, entity, entityId, outcome.name(), sourceAddress(), detail);
    }

    /**
     * A client-file action that needs a reason (access for need, the client's data on request): the
     * row keeps the reason, so the trail itself says why.
     */
    @Transactional
    public void recordWithReason(AuditAction action, Long clientId, String entity, Long entityId, String reason) {
        insert(action, clientId, entity, entityId, AuditOutcome.ALLOWED, reason);
    }

    /**
     * One access to a client file as the client's access overview shows it: when, who (name and
     * role at the time) and what.
     */
    public record FileAccess(Instant occurredAt, String name, Role role, AuditAction action, String entity) {
    }

    /**
     * The allowed accesses to one client's file in a period, each with the moment of the same user's
     * access before it. Reading the file again within half an hour of one's own previous access (back
     * from a form, after saving a contact: every redirect to the file is a read) is the same visit, and
     * the overview shows a visit once ({@link #NEW_VISIT}); what was changed or exported stays listed.
     */
    private static final String VISITS = " (select e.id, e.occurred_at, e.user_id, e.username, e.role, "
            + "e.action, e.entity, lag(e.occurred_at) over (partition by coalesce(e.user_id::text, e.username) "
            + "order by e.occurred_at, e.id) as previous from audit_event e where e.client_id = ? "
            + "and e.outcome = 'ALLOWED' and e.action = any(?::varchar[]) and e.occurred_at >= ? and e.occurred_at < ?) a ";
    private static final String NEW_VISIT = " not (a.action = 'VIEW' and a.previous is not null "
            + "and a.occurred_at - a.previous < interval '30 minutes') ";

    // what counts as an access to a file in the overview; a list that merely named the client does not
    static final List<String> FILE_ACCESSES = List.of(AuditAction.VIEW.name(), AuditAction.CREATE.name(),
            AuditAction.UPDATE.name(), AuditAction.EXPORT.name(), AuditAction.PRINT.name(),
            AuditAction.ACCESS_FOR_NEED.name());

    /**
     * The allowed accesses to one client's file from {@code from} up to {@code until}, newest first, one
     * page in two statements (the rows with the user's name, and the count). The caller has passed
     * the client gate.
     */
    @Transactional(readOnly = true)
    public Page<FileAccess> accessesTo(Long clientId, Instant from, Instant until, Pageable page) {
        Long total = jdbc.queryForObject("select count(*) from" + VISITS + "where" + NEW_VISIT, Long.class, clientId,
                FILE_ACCESSES.toArray(String[]::new), Timestamp.from(from), Timestamp.from(until));
        List<FileAccess> rows = total == 0 ? List.of()
                : accessRows(clientId, from, until, page.getPageSize(), page.getOffset());
        return new PageImpl<>(rows, page, total);
    }

    /** The same list in one statement, at most {@code limit} rows (the printed overview). */
    @Transactional(readOnly = true)
    public List<FileAccess> accessesTo(Long clientId, Instant from, Instant until, int limit) {
        return accessRows(clientId, from, until, limit, 0);
    }

    private List<FileAccess> accessRows(Long clientId, Instant from, Instant until, int limit, long offset) {
        return jdbc.query("select a.occurred_at, coalesce(u.display_name, a.username) as name, a.role, "
                        + "a.action, a.entity from" + VISITS + "left join user_account u on u.id = a.user_id where"
                        + NEW_VISIT
                        + "order by a.occurred_at desc, a.id desc limit ? offset ?",
                (rs, n) -> new FileAccess(rs.getTimestamp("occurred_at").toInstant(), rs.getString("name"),
                        rs.getString("role") == null ? null : Role.valueOf(rs.getString("role")),
                        AuditAction.valueOf(rs.getString("action")), rs.getString("entity")),
                clientId, FILE_ACCESSES.toArray(String[]::new), Timestamp.from(from), Timestamp.from(until), limit,
                offset);
    }

    /**
     * A refused attempt. Written in its own transaction: the refusal rolls the request's
     * transaction back, and the trace of the attempt must survive that.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordDenied(AuditAction action, Long clientId, String entity, Long entityId) {
        record(action, clientId, entity, entityId, AuditOutcome.DENIED);
    }

    /**
     * One event per client (search results), written as one statement whatever the number of
     * clients, so that a list page costs the same with 5 results as with 25.
     */
    @Transactional
    public void recordEach(AuditAction action, Collection<Long> clientIds, AuditOutcome outcome) {
        if (clientIds.isEmpty()) {
            return;
        }
        CurrentUser user = currentUser();
        jdbc.update("insert into audit_event (occurred_at, user_id, username, role, action, client_id, entity, "
                        + "entity_id, outcome, source_address) select ?, ?, ?, ?, ?, c, 'client', c, ?, ? "
                        + "from unnest(?::bigint[]) with ordinality as ids(c, n) order by n",
                Timestamp.from(clock.instant()), user == null ? null : user.id(),
                user == null ? null : user.getUsername(), user == null ? null : user.role().name(), action.name(),
                outcome.name(), sourceAddress(), clientIds.toArray(Long[]::new));
    }

    /**
     * An administrative event that concerns no client file (a retention period changed, the audit
     * trail exported or purged), by the signed-in user or, outside a request, by the system.
     */
    @Transactional
    public void recordAdmin(AuditAction action, String entity, Long entityId) {
        record(action, null, entity, entityId, AuditOutcome.ALLOWED);
    }

    /**
     * Removes the audit rows older than {@code years} through the database function
     * {@code purge_audit_events}, which runs with the schema owner's rights and refuses fewer than
     * five years: the application's own role may not delete audit rows.
     *
     * @return how many rows were removed
     */
    @Transactional
    public long purgeOlderThan(int years) {
        Long removed = jdbc.queryForObject("select purge_audit_events(?)", Long.class, years);
        return removed == null ? 0 : removed;
    }

    /** How many audit rows are older than {@code years}: what {@link #purgeOlderThan} would remove. */
    @Transactional(readOnly = true)
    public long countOlderThan(int years) {
        Long count = jdbc.queryForObject("select count(*) from audit_event where occurred_at < now() - make_interval("
                + "years => ?)", Long.class, years);
        return count == null ? 0 : count;
    }

    /** Login attempts, with the name that was typed (the account may not exist). */
    @Transactional
    public void recordLogin(String username, boolean success) {
        CurrentUser user = currentUser();
        events.save(new AuditEvent(clock.instant(), user == null ? null : user.id(), truncate(username),
                user == null ? null : user.role(), success ? AuditAction.LOGIN : AuditAction.LOGIN_FAILED, null,
                null, null, success ? AuditOutcome.ALLOWED : AuditOutcome.DENIED, sourceAddress()));
    }

    /**
     * A change to an account. {@code actor} is who acted when nobody is signed in (a new user
     * accepting an invitation, the first administrator at set-up); otherwise the signed-in user.
     */
    @Transactional
    public void recordAccount(AuditAction action, Long accountId, String actorWhenAnonymous) {
        CurrentUser user = currentUser();
        events.save(new AuditEvent(clock.instant(), user == null ? accountId : user.id(),
                user == null ? truncate(actorWhenAnonymous) : user.getUsername(), user == null ? null : user.role(),
                action, null, "user", accountId, AuditOutcome.ALLOWED, sourceAddress()));
    }

    /** A sign-in turned away before the password was checked (too many failures). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordThrottled(String username) {
        events.save(new AuditEvent(clock.instant(), null, truncate(username), null, AuditAction.LOGIN_THROTTLED, null,
                null, null, AuditOutcome.DENIED, sourceAddress()));
    }

    /** A typed user name locked after too many failures (the account may not exist). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordLocked(String username) {
        events.save(new AuditEvent(clock.instant(), null, truncate(username), null, AuditAction.ACCOUNT_LOCKED, null,
                "user", null, AuditOutcome.DENIED, sourceAddress()));
    }

    /** A typed name as it can be stored: no control characters (PostgreSQL refuses NUL), at most 60. */
    private static String truncate(String username) {
        if (username == null) {
            return null;
        }
        String clean = username.replaceAll("\\p{Cntrl}", "");
        return clean.length() > 60 ? clean.substring(0, 60) : clean;
    }

    /** The signed-in user, or null outside a signed-in request. */
    static CurrentUser signedIn() {
        return currentUser();
    }

    private static CurrentUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return user;
        }
        return null;
    }

    private static String sourceAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
