package nl.waakvlam.client;

import nl.waakvlam.notification.NotificationService;
import nl.waakvlam.notification.NotificationType;
import nl.waakvlam.security.AccountService;
import nl.waakvlam.security.AuditAction;
import nl.waakvlam.security.AuditLog;
import nl.waakvlam.security.AuditOutcome;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.security.Role;
import nl.waakvlam.security.UserSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** Referral → decision → match, each step one transaction with its phase change and audit event. */
@Service
@Transactional
class ReferralService {

    private final ClientRepository clients;
    private final ReferralRepository referrals;
    private final PhaseChangeRepository phaseChanges;
    private final AssignmentRepository assignments;
    private final TrackRepository tracks;
    private final ClientQueries queries;
    private final AccountService accounts;
    private final AuditLog auditLog;
    private final Clock clock;
    private final NotificationService notifications;

    ReferralService(ClientRepository clients, ReferralRepository referrals, PhaseChangeRepository phaseChanges,
                    AssignmentRepository assignments, TrackRepository tracks, ClientQueries queries,
                    AccountService accounts, AuditLog auditLog, Clock clock, NotificationService notifications) {
        this.notifications = notifications;
        this.clients = clients;
        this.referrals = referrals;
        this.phaseChanges = phaseChanges;
        this.assignments = assignments;
        this.tracks = tracks;
        this.queries = queries;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Registers a referral: the client in phase REFERRED, the referral, the first history step.
     * A referrer refers for themselves; the project leader enters a referral for a referrer.
     */
    Long submit(CurrentUser submitter, Long referrerId, ClientIdentity identity, ReferralDetails details) {
        Long forReferrer = submitter.is(Role.REFERRER) ? submitter.id() : referrerId;
        UserSummary referrer = accounts.byIds(List.of(forReferrer)).get(forReferrer);
        if (referrer == null || referrer.role() != Role.REFERRER) {
            throw new LifecycleException("referral.referrerRequired");
        }
        Track track = tracks.findById(details.trackId()).orElseThrow(() -> new LifecycleException("referral.track"));
        ReferralDetails effective = track.isYouth() ? details : new ReferralDetails(details.trackId(), null, null,
                details.indication(), details.reason(), details.knownIssues(), details.urgency(), details.consentOn(),
                details.preferredCoachGender(), details.preferredLanguage(), details.interests(),
                details.ownQuestion());
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Client client = clients.save(new Client(identity, effective, referrer.organisationId(),
                referrer.departmentId(), referrer.id(), Phase.REFERRED, today, now));
        referrals.save(new Referral(client.getId(), referrer.id(), submitter.id(), now, effective));
        phaseChanges.save(new PhaseChange(client.getId(), null, Phase.REFERRED, today, "referral.submitted",
                submitter.id(), now));
        auditLog.record(AuditAction.CREATE, client.getId(), "referral", client.getId(), AuditOutcome.ALLOWED);
        return client.getId();
    }

    void accept(CurrentUser projectLeader, Long clientId) {
        Client client = queries.loadForAction(projectLeader, clientId, EnumSet.of(ClientAccess.METADATA));
        Referral referral = referralOf(clientId);
        Instant now = clock.instant();
        phaseChanges.save(client.decide(true, "referral.accepted", projectLeader.id(), LocalDate.now(clock), now));
        referral.accept(projectLeader.id(), now);
        notifications.notify(referral.getReferrerId(), NotificationType.REFERRAL_DECIDED, "notification.referralDecided",
                "/referrals");
        auditLog.record(AuditAction.UPDATE, clientId, "referral", clientId, AuditOutcome.ALLOWED);
    }

    void decline(CurrentUser projectLeader, Long clientId, String reason, String advice, Long advisedOrganisationId) {
        Client client = queries.loadForAction(projectLeader, clientId, EnumSet.of(ClientAccess.METADATA));
        Referral referral = referralOf(clientId);
        Instant now = clock.instant();
        referral.decline(projectLeader.id(), now, reason, advice, advisedOrganisationId);
        phaseChanges.save(client.decide(false, reason.trim(), projectLeader.id(), LocalDate.now(clock), now));
        notifications.notify(referral.getReferrerId(), NotificationType.REFERRAL_DECIDED, "notification.referralDecided",
                "/referrals");
        auditLog.record(AuditAction.UPDATE, clientId, "referral", clientId, AuditOutcome.ALLOWED);
    }

    /** Assigns the primary (and optional cover) coach, records the rationale and plans the driegesprek. */
    void match(CurrentUser projectLeader, Long clientId, Long primaryCoachId, Long coverCoachId, String rationale,
               LocalDateTime meetingAt, String meetingPlace) {
        Client client = queries.loadForAction(projectLeader, clientId, EnumSet.of(ClientAccess.METADATA));
        Map<Long, UserSummary> coaches = accounts.byIds(Stream.of(primaryCoachId, coverCoachId)
                .filter(Objects::nonNull).toList());
        if (!isCoach(coaches.get(primaryCoachId)) || (coverCoachId != null && !isCoach(coaches.get(coverCoachId)))) {
            throw new LifecycleException("match.coachRequired");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        phaseChanges.save(client.match(primaryCoachId, coverCoachId, rationale.trim(), projectLeader.id(), today, now));
        referralOf(clientId).matched(now, rationale.trim(), meetingAt, meetingPlace);
        assignments.save(new Assignment(clientId, primaryCoachId, AssignmentRole.PRIMARY, today, rationale.trim(),
                projectLeader.id(), now));
        if (coverCoachId != null) {
            assignments.save(new Assignment(clientId, coverCoachId, AssignmentRole.COVER, today, null,
                    projectLeader.id(), now));
        }
        auditLog.record(AuditAction.UPDATE, clientId, "assignment", clientId, AuditOutcome.ALLOWED);
    }

    private Referral referralOf(Long clientId) {
        return referrals.findById(clientId).orElseThrow(() -> new LifecycleException("referral.missing"));
    }

    static boolean isCoach(UserSummary user) {
        return user != null && user.role() == Role.COACH && user.enabled();
    }
}
