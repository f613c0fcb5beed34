package nl.waakvlam.security;

import jakarta.servlet.http.HttpServletRequest;
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
import java.util.Collection;

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
        CurrentUser user = currentUser();
        events.saveAndFlush(new AuditEvent(clock.instant(), user == null ? null : user.id(),
                user == null ? null : user.getUsername(), user == null ? null : user.role(), action, clientId,
                entity, entityId, outcome, sourceAddress()));
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
