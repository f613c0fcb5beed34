package nl.waakvlam.client;

import nl.waakvlam.security.AuditAction;
import nl.waakvlam.security.AuditLog;
import nl.waakvlam.security.AuditOutcome;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * The client side of retention and erasure: which files are due, and anonymising one. Anonymising
 * keeps the client's row, phases, dates and codes (so that dashboard figures and monitoring reports
 * stay the same) and removes the name, contact details, birth day and month and every free text — the
 * client module's own, and through {@link ClientAnonymisation} every other module's.
 */
@Service
public class ClientRetention {

    /** The name an anonymised client keeps; nobody sees it, since the client is out of everyone's reach. */
    public static final String ANONYMISED_NAME = "Geanonimiseerd";

    private final JdbcTemplate jdbc;
    private final List<ClientAnonymisation> modules;
    private final AuditLog auditLog;
    private final Clock clock;

    private final ClientAccounts clientAccounts;

    ClientRetention(JdbcTemplate jdbc, List<ClientAnonymisation> modules, AuditLog auditLog, Clock clock,
                    ClientAccounts clientAccounts) {
        this.clientAccounts = clientAccounts;
        this.jdbc = jdbc;
        this.modules = modules;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * The clients due for anonymisation, oldest first: coaching ended before {@code endedBefore}, or
     * the referral declined before {@code declinedBefore}. Two statements per page.
     */
    @Transactional(readOnly = true)
    public Page<RetentionCandidate> due(LocalDate endedBefore, LocalDate declinedBefore, Pageable page) {
        String where = " from client where anonymised_at is null and ((phase = 'ENDED' and ended_on < ?) "
                + "or (phase = 'DECLINED' and phase_since < ?))";
        Long total = jdbc.queryForObject("select count(*)" + where, Long.class,
                Date.valueOf(endedBefore), Date.valueOf(declinedBefore));
        List<RetentionCandidate> rows = jdbc.query("select id, phase, case when phase = 'ENDED' then ended_on "
                        + "else phase_since end as since" + where + " order by since, id limit ? offset ?",
                (rs, n) -> new RetentionCandidate(rs.getLong("id"),
                        "ENDED".equals(rs.getString("phase")) ? RetentionCandidate.Reason.ENDED
                                : RetentionCandidate.Reason.DECLINED,
                        rs.getDate("since").toLocalDate()),
                Date.valueOf(endedBefore), Date.valueOf(declinedBefore), page.getPageSize(), page.getOffset());
        return new PageImpl<>(rows, page, total == null ? 0 : total);
    }

    /** All due clients' ids, for the job (a retention run touches few clients a day). */
    @Transactional(readOnly = true)
    public List<Long> dueIds(LocalDate endedBefore, LocalDate declinedBefore) {
        return jdbc.queryForList("select id from client where anonymised_at is null and ((phase = 'ENDED' and "
                + "ended_on < ?) or (phase = 'DECLINED' and phase_since < ?)) order by id", Long.class,
                Date.valueOf(endedBefore), Date.valueOf(declinedBefore));
    }

    /**
     * Who a pending erasure request is about, for the administrator who decides it: the client's name
     * and year of birth, enough to check the request against the project leader's reason and
     * nothing more. The administrator has no access to the file otherwise, so each look is audited.
     */
    @Transactional
    public Map<Long, String> identifyForErasure(Collection<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        jdbc.query("select id, first_name || ' ' || last_name as name, extract(year from date_of_birth)::int as born "
                        + "from client where id = any(?) and anonymised_at is null",
                rs -> {
                    names.put(rs.getLong("id"), rs.getString("name") + " (" + rs.getInt("born") + ")");
                }, (Object) clientIds.toArray(Long[]::new));
        auditLog.recordEach(AuditAction.VIEW, names.keySet(), AuditOutcome.ALLOWED);
        return names;
    }

    /** Whether this client exists and has not been anonymised (no content, no visibility check). */
    @Transactional(readOnly = true)
    public boolean isActiveRecord(Long clientId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from client where id = ? "
                + "and anonymised_at is null)", Boolean.class, clientId));
    }

    /**
     * Anonymises the client's file in every module, in one transaction, and audits it. The client's
     * row is locked first, so two runs at the same time anonymise it once.
     *
     * @return false when the client was already anonymised (or does not exist)
     */
    @Transactional
    public boolean anonymise(Long clientId) {
        List<Boolean> pending = jdbc.queryForList("select anonymised_at is null from client where id = ? for update",
                Boolean.class, clientId);
        if (pending.isEmpty() || !pending.get(0)) {
            return false;
        }
        jdbc.update("""
                update client set first_name = '', last_name = ?,
                       date_of_birth = make_date(extract(year from date_of_birth)::int, 1, 1),
                       phone = null, email = null, address = null, living_situation = null, indication = null,
                       own_question = null, matching_preferences = null, preferred_coach_gender = null,
                       preferred_language = null, interests = null, aftercare_note = null, rhythm_reason = null,
                       anonymised_at = ?, version = version + 1
                where id = ?""", ANONYMISED_NAME, Timestamp.from(clock.instant()), clientId);
        jdbc.update("update phase_change set reason = ? where client_id = ?", ClientAnonymisation.REMOVED, clientId);
        jdbc.update("update assignment set note = null, warm_visit_place = null where client_id = ?", clientId);
        // the client's own account and a guardian's can no longer be used; the guardian's name goes
        clientAccounts.closeFor(clientId);
        jdbc.update("update client_account set guardian_name = ? where client_id = ? and guardian_name is not null",
                ClientAnonymisation.REMOVED, clientId);
        // the end plan is free text about the client's network: it goes; whether check-ins happened stays
        jdbc.update("update end_plan set turn_to = ?, agreements = null where client_id = ?", ClientAnonymisation.REMOVED,
                clientId);
        // who had access for need and until when stays (it explains audit rows); why is free text
        jdbc.update("update access_for_need set reason = ? where client_id = ?", ClientAnonymisation.REMOVED, clientId);
        for (ClientAnonymisation module : modules) {
            module.anonymise(clientId);
        }
        auditLog.record(AuditAction.CLIENT_ANONYMISED, clientId, "client", clientId, AuditOutcome.ALLOWED);
        return true;
    }
}
