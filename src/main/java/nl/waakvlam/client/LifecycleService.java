package nl.waakvlam.client;

import nl.waakvlam.reference.ReferenceData;
import nl.waakvlam.security.AccountService;
import nl.waakvlam.security.AuditAction;
import nl.waakvlam.security.AuditLog;
import nl.waakvlam.security.AuditOutcome;
import nl.waakvlam.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Phase changes, ending, reopening, and changes of coach on an existing client. Coaches act on
 * clients they coach (also as cover); the project leader on every client. Each action is one
 * transaction with its history row and audit event; a form based on an older version of the
 * client is refused as a conflict.
 */
@Service
@Transactional
public class LifecycleService {

    static final Set<ClientAccess> MAY_CHANGE_PHASE =
            EnumSet.of(ClientAccess.FULL, ClientAccess.COVER, ClientAccess.METADATA);

    private final ClientQueries queries;
    private final PhaseChangeRepository phaseChanges;
    private final AssignmentRepository assignments;
    private final AccountService accounts;
    private final ReferenceData referenceData;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final EndPlanRepository endPlans;
    private final ClientRepository clients;
    private final ClientAccounts clientAccounts;

    LifecycleService(ClientQueries queries, PhaseChangeRepository phaseChanges, AssignmentRepository assignments,
                     AccountService accounts, ReferenceData referenceData, AuditLog auditLog, Clock clock,
                     ApplicationEventPublisher events, EndPlanRepository endPlans, ClientRepository clients,
                     ClientAccounts clientAccounts) {
        this.clientAccounts = clientAccounts;
        this.clients = clients;
        this.events = events;
        this.endPlans = endPlans;
        this.queries = queries;
        this.phaseChanges = phaseChanges;
        this.assignments = assignments;
        this.accounts = accounts;
        this.referenceData = referenceData;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    void changePhase(CurrentUser user, Long clientId, long seenVersion, Phase target, LocalDate on, String reason,
                     String endReason, String aftercare, boolean endWithoutPlan) {
        Client client = queries.loadForAction(user, clientId, MAY_CHANGE_PHASE);
        checkVersion(client, seenVersion);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        if (target == Phase.ENDED && !referenceData.isActiveEndReason(endReason)) {
            throw new LifecycleException("lifecycle.endReasonRequired");
        }
        // the end is prepared with a plan ("borging"); ending without one is a choice made knowingly
        if (target == Phase.ENDED && !endWithoutPlan && !endPlans.existsById(clientId)) {
            throw new LifecycleException("lifecycle.endWithoutPlan");
        }
        PhaseChange change = target == Phase.ENDED
                ? client.end(endReason, aftercare, on, user.id(), today, now)
                : client.moveTo(target, on, reason, user.id(), today, now);
        phaseChanges.save(change);
        auditLog.record(AuditAction.UPDATE, clientId, "phase", clientId, AuditOutcome.ALLOWED);
        if (target == Phase.ENDED) {
            // the client's own account ends with the trajectory: its next request finds it closed
            clientAccounts.closeFor(clientId);
        }
        if (target == Phase.ENDED && client.getReferrerId() != null) {
            events.publishEvent(new ClientEnded(clientId, client.getReferrerId(), on));
        }
    }

    /** Writes the end plan of a coached client: the coach or the project leader, before the end. */
    void writeEndPlan(CurrentUser user, Long clientId, long seenVersion, String turnTo, String agreements,
                      boolean threeMonths, boolean sixMonths) {
        Client client = queries.loadForAction(user, clientId, MAY_CHANGE_PHASE);
        if (!Phase.COACHED.contains(client.getPhase())) {
            throw new LifecycleException("endPlan.onlyWhileCoached");
        }
        if (turnTo == null || turnTo.isBlank()) {
            throw new LifecycleException("endPlan.turnToRequired");
        }
        Optional<EndPlan> existing = endPlans.findById(clientId);
        if (existing.isPresent() && existing.get().getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(EndPlan.class, clientId);
        }
        EndPlan plan = existing.orElseGet(() -> new EndPlan(clientId));
        plan.write(turnTo.strip(), agreements == null || agreements.isBlank() ? null : agreements.strip(), threeMonths,
                sixMonths, user.id(), clock.instant());
        try {
            endPlans.saveAndFlush(plan);
        } catch (DataIntegrityViolationException writtenMeanwhile) {
            // two first versions at once: the other was first; this one is a conflict, not an error
            throw new ObjectOptimisticLockingFailureException(EndPlan.class, clientId);
        }
        auditLog.record(AuditAction.UPDATE, clientId, "end_plan", clientId, AuditOutcome.ALLOWED);
    }

    /** A check-in three or six months after the end, done: it leaves the coach's today list. */
    void checkedIn(CurrentUser coach, Long clientId, int months) {
        queries.loadForAction(coach, clientId, ClientAccess.COACHES);
        EndPlan plan = endPlans.findById(clientId).orElseThrow(() -> new LifecycleException("endPlan.missing"));
        plan.checkedIn(months, clock.instant());
        auditLog.record(AuditAction.UPDATE, clientId, "end_plan", clientId, AuditOutcome.ALLOWED);
    }

    /**
     * Moves a client's phase as part of another module's action (a scale-down or re-escalation
     * event), in the caller's transaction, by a coach of the client or the project leader.
     * Refused transitions throw {@link LifecycleException}.
     */
    public Phase moveAlongWithEvent(CurrentUser user, Long clientId, Phase target, LocalDate on, String reason) {
        Client client = queries.loadForAction(user, clientId, MAY_CHANGE_PHASE);
        Phase before = client.getPhase();
        phaseChanges.save(client.moveTo(target, on, reason, user.id(), LocalDate.now(clock), clock.instant()));
        return before;
    }

    /** Agrees a client-specific contact rhythm in days (null: back to the phase default), with a reason. */
    void agreeRhythm(CurrentUser user, Long clientId, long seenVersion, Integer days, String reason) {
        Client client = queries.loadForAction(user, clientId, MAY_CHANGE_PHASE);
        checkVersion(client, seenVersion);
        client.agreeRhythm(days, reason);
        auditLog.record(AuditAction.UPDATE, clientId, "rhythm", clientId, AuditOutcome.ALLOWED);
    }

    /** A new primary coach; the handover note (what works, open agreements, network) is required. */
    void changeCoach(CurrentUser projectLeader, Long clientId, long seenVersion, Long newCoachId,
                     String handoverNote) {
        Client client = queries.loadForAction(projectLeader, clientId, EnumSet.of(ClientAccess.METADATA));
        checkVersion(client, seenVersion);
        if (handoverNote == null || handoverNote.isBlank()) {
            throw new LifecycleException("lifecycle.handoverRequired");
        }
        if (!ClientAdmissions.isActiveCoach(accounts.byIds(List.of(newCoachId)).get(newCoachId))) {
            throw new LifecycleException("match.coachRequired");
        }
        if (client.getCoachId() == null) {
            throw new LifecycleException("lifecycle.noCoachYet");
        }
        LocalDate today = LocalDate.now(clock);
        Long previousCoachId = client.getCoachId();
        client.changePrimaryCoach(newCoachId);
        assignments.findFirstByClientIdAndRoleAndEndedOnIsNull(clientId, AssignmentRole.PRIMARY)
                .ifPresent(a -> a.endOn(today));
        if (client.getCoverCoachId() == null) {
            assignments.findFirstByClientIdAndRoleAndEndedOnIsNull(clientId, AssignmentRole.COVER)
                    .ifPresent(a -> a.endOn(today));
        }
        // the same coach again is a new note, not a handover to read
        assignments.save(Assignment.handover(clientId, newCoachId, newCoachId.equals(previousCoachId) ? null
                : previousCoachId, today, handoverNote.trim(), projectLeader.id(), clock.instant()));
        auditLog.record(AuditAction.UPDATE, clientId, "assignment", clientId, AuditOutcome.ALLOWED);
        if (!newCoachId.equals(previousCoachId)) {
            events.publishEvent(new CoachChanged(clientId, previousCoachId, newCoachId, client.getReferrerId()));
        }
    }

    /**
     * Moves a leaving coach's clients to others in one transaction: each client gets its new primary
     * coach with the reason as the handover note, the assignment history is kept, and each change is
     * announced (the new coach, the one who leaves, the referrer) as a single change of coach is.
     *
     * @param moves client id → receiving coach id; every client must be the leaving coach's own
     */
    void moveCaseload(CurrentUser projectLeader, Long leavingCoachId, Map<Long, Long> moves, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new LifecycleException("lifecycle.handoverRequired");
        }
        if (moves.isEmpty()) {
            throw new LifecycleException("move.nothing");
        }
        Map<Long, nl.waakvlam.security.UserSummary> receiving = accounts.byIds(moves.values());
        LocalDate today = LocalDate.now(clock);
        for (Map.Entry<Long, Long> move : moves.entrySet()) {
            Client client = queries.loadForAction(projectLeader, move.getKey(), EnumSet.of(ClientAccess.METADATA));
            if (!leavingCoachId.equals(client.getCoachId()) || move.getValue().equals(leavingCoachId)
                    || !ClientAdmissions.isActiveCoach(receiving.get(move.getValue()))) {
                throw new LifecycleException("match.coachRequired");
            }
            client.changePrimaryCoach(move.getValue());
            assignments.findFirstByClientIdAndRoleAndEndedOnIsNull(client.getId(), AssignmentRole.PRIMARY)
                    .ifPresent(a -> a.endOn(today));
            assignments.save(Assignment.handover(client.getId(), move.getValue(), leavingCoachId, today,
                    reason.strip(), projectLeader.id(), clock.instant()));
            auditLog.record(AuditAction.UPDATE, client.getId(), "assignment", client.getId(), AuditOutcome.ALLOWED);
            events.publishEvent(new CoachChanged(client.getId(), leavingCoachId, move.getValue(),
                    client.getReferrerId()));
        }
    }

    /**
     * A change of primary coach from history (the demo programme's): the same assignment history and
     * the same unread handover as a change made on the file, without announcing it again.
     */
    public void handOverQuietly(Long clientId, Long newCoachId, String handoverNote, Long by, LocalDate on) {
        Client client = clients.findById(clientId).orElseThrow();
        Long previousCoachId = client.getCoachId();
        client.changePrimaryCoach(newCoachId);
        assignments.findFirstByClientIdAndRoleAndEndedOnIsNull(clientId, AssignmentRole.PRIMARY)
                .ifPresent(a -> a.endOn(on));
        assignments.save(Assignment.handover(clientId, newCoachId, previousCoachId, on, handoverNote, by,
                clock.instant()));
    }

    /** Sets or clears the designated cover coach. */
    void changeCover(CurrentUser projectLeader, Long clientId, long seenVersion, Long coverCoachId) {
        Client client = queries.loadForAction(projectLeader, clientId, EnumSet.of(ClientAccess.METADATA));
        checkVersion(client, seenVersion);
        if (coverCoachId != null && !ClientAdmissions.isActiveCoach(accounts.byIds(List.of(coverCoachId)).get(coverCoachId))) {
            throw new LifecycleException("match.coachRequired");
        }
        LocalDate today = LocalDate.now(clock);
        Long previousCoverId = client.getCoverCoachId();
        client.changeCoverCoach(coverCoachId);
        assignments.findFirstByClientIdAndRoleAndEndedOnIsNull(clientId, AssignmentRole.COVER)
                .ifPresent(a -> a.endOn(today));
        if (coverCoachId != null) {
            assignments.save(new Assignment(clientId, coverCoachId, AssignmentRole.COVER, today, null,
                    projectLeader.id(), clock.instant()));
        }
        auditLog.record(AuditAction.UPDATE, clientId, "assignment", clientId, AuditOutcome.ALLOWED);
        if (!Objects.equals(previousCoverId, coverCoachId)) {
            events.publishEvent(new CoverChanged(clientId, previousCoverId, coverCoachId));
        }
    }

    private static void checkVersion(Client client, long seenVersion) {
        if (client.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(Client.class, client.getId());
        }
    }
}
