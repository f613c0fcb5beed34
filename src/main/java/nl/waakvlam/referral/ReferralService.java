package nl.waakvlam.referral;

import nl.waakvlam.client.ClientAccess;
import nl.waakvlam.client.ClientAdmissions;
import nl.waakvlam.client.ClientFileSection;
import nl.waakvlam.client.ClientIdentity;
import nl.waakvlam.client.ClientProfile;
import nl.waakvlam.client.ClientRow;
import nl.waakvlam.client.ClientService;
import nl.waakvlam.client.FileView;
import nl.waakvlam.client.ImportedClient;
import nl.waakvlam.client.ImportedHistory;
import nl.waakvlam.client.LifecycleException;
import nl.waakvlam.notification.NotificationService;
import nl.waakvlam.notification.NotificationType;
import nl.waakvlam.organisation.OrganisationService;
import nl.waakvlam.organisation.OrganisationSummary;
import nl.waakvlam.reference.ReasonView;
import nl.waakvlam.reference.ReferenceData;
import nl.waakvlam.reference.TrackSummary;
import nl.waakvlam.security.AccountService;
import nl.waakvlam.security.AuditAction;
import nl.waakvlam.security.AuditLog;
import nl.waakvlam.security.AuditOutcome;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.security.Role;
import nl.waakvlam.security.UserSummary;
import nl.waakvlam.shared.Dates;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Referral → decision → match. Each step is one transaction with the client's phase change (through
 * {@link ClientAdmissions}) and its audit event. Also contributes the referral to the client file.
 */
@Service
@Transactional
public class ReferralService implements ClientFileSection {

    static final String FRAGMENT = "referral/referral-summary :: referral";

    private final ReferralRepository referrals;
    private final ClientAdmissions admissions;
    private final ClientService clients;
    private final ReferenceData referenceData;
    private final AccountService accounts;
    private final OrganisationService organisations;
    private final AuditLog auditLog;
    private final Clock clock;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    ReferralService(ReferralRepository referrals, ClientAdmissions admissions, ClientService clients,
                    ReferenceData referenceData, AccountService accounts, OrganisationService organisations,
                    AuditLog auditLog, Clock clock, NotificationService notifications,
                    ApplicationEventPublisher events, MessageSource messages) {
        this.messages = messages;
        this.referrals = referrals;
        this.admissions = admissions;
        this.clients = clients;
        this.referenceData = referenceData;
        this.accounts = accounts;
        this.organisations = organisations;
        this.auditLog = auditLog;
        this.clock = clock;
        this.notifications = notifications;
        this.events = events;
    }

    /**
     * Registers a referral: the client in phase REFERRED, the referral, the first history step.
     * A referrer refers for themselves; the project leader enters a referral for a referrer.
     */
    Long submit(CurrentUser submitter, Long referrerId, ClientIdentity identity, ClientProfile profile,
                ReferralDetails details) {
        Long forReferrer = submitter.is(Role.REFERRER) ? submitter.id() : referrerId;
        UserSummary referrer = forReferrer == null ? null : accounts.byIds(List.of(forReferrer)).get(forReferrer);
        if (referrer == null || referrer.role() != Role.REFERRER) {
            throw new LifecycleException("referral.referrerRequired");
        }
        if (submitter.is(Role.PROJECT_LEADER) && !organisations.isActive(referrer.organisationId())) {
            throw new LifecycleException("organisation.inactiveReferrer");
        }
        TrackSummary track = referenceData.track(profile.trackId())
                .orElseThrow(() -> new LifecycleException("referral.track"));
        Long clientId = admissions.admit(identity, track.youth() ? profile : profile.withoutYouthFields(), referrer,
                submitter.id());
        referrals.save(new Referral(clientId, referrer.id(), submitter.id(), clock.instant(), details));
        auditLog.record(AuditAction.CREATE, clientId, "referral", clientId, AuditOutcome.ALLOWED);
        return clientId;
    }

    void accept(CurrentUser projectLeader, Long clientId) {
        Long referrerId = admissions.decide(projectLeader, clientId, true, "referral.accepted");
        referralOf(clientId).accept(projectLeader.id(), clock.instant());
        notifyReferrer(clientId, referrerId);
        auditLog.record(AuditAction.UPDATE, clientId, "referral", clientId, AuditOutcome.ALLOWED);
    }

    /**
     * Declines a referral with a reason from the decline-reason list (an explanation beside it is
     * optional) and advice for the referrer; the phase history shows the reason's current name.
     */
    void decline(CurrentUser projectLeader, Long clientId, String reasonCode, String explanation, String advice,
                 Long advisedOrganisationId) {
        if (!referenceData.isActiveDeclineReason(reasonCode)) {
            throw new LifecycleException("intake.decline.reasonRequired");
        }
        if (advice == null || advice.isBlank()) {
            throw new LifecycleException("lifecycle.declineNeedsReasonAndAdvice");
        }
        if (advisedOrganisationId != null && !organisations.isActive(advisedOrganisationId)) {
            throw new LifecycleException("organisation.unknown");
        }
        Long referrerId = admissions.decline(projectLeader, clientId, reasonCode);
        referralOf(clientId).decline(projectLeader.id(), clock.instant(), reasonCode, explanation, advice,
                advisedOrganisationId);
        notifyReferrer(clientId, referrerId);
        auditLog.record(AuditAction.UPDATE, clientId, "referral", clientId, AuditOutcome.ALLOWED);
    }

    /** Assigns the primary (and optional cover) coach, records the rationale and plans the driegesprek. */
    void match(CurrentUser projectLeader, Long clientId, Long primaryCoachId, Long coverCoachId, String rationale,
               LocalDateTime meetingAt, String meetingPlace) {
        admissions.assignCoaches(projectLeader, clientId, primaryCoachId, coverCoachId, rationale.trim());
        Referral referral = referralOf(clientId);
        referral.matched(clock.instant(), rationale.trim(), meetingAt, meetingPlace);
        events.publishEvent(new CoachMatched(clientId, referral.getReferrerId(), primaryCoachId, coverCoachId,
                meetingAt, meetingPlace));
    }

    /**
     * After the match is committed, in a transaction of its own: the new coach (and the cover coach)
     * get "new client" with the driegesprek, the referrer gets the coach's name and the driegesprek.
     * The inbox names the client for those who may see it; the e-mail says only that there is news.
     */
    @ApplicationModuleListener
    void onCoachMatched(CoachMatched matched) {
        Locale dutch = Locale.forLanguageTag("nl");
        String when = Dates.dateTime(matched.meetingAt(), dutch) + (matched.meetingPlace() == null
                || matched.meetingPlace().isBlank() ? "" : ", " + matched.meetingPlace());
        UserSummary coach = accounts.byIds(List.of(matched.coachId())).get(matched.coachId());
        String link = "/clients/" + matched.clientId();
        String forCoach = messages.getMessage("notification.coachMatched.detail", new Object[]{when}, dutch);
        notifications.notify(matched.coachId(), NotificationType.COACH_MATCHED, "notification.coachMatched.coach",
                link, matched.clientId(), forCoach);
        if (matched.coverCoachId() != null) {
            notifications.notify(matched.coverCoachId(), NotificationType.COACH_MATCHED,
                    "notification.coachMatched.cover", link, matched.clientId(), forCoach);
        }
        if (matched.referrerId() != null) {
            notifications.notify(matched.referrerId(), NotificationType.COACH_MATCHED,
                    "notification.coachMatched.referrer", link, matched.clientId(),
                    messages.getMessage("notification.coachMatched.referrerDetail",
                            new Object[]{coach == null ? "" : coach.displayName(), when}, dutch));
        }
    }

    /**
     * Brings in a client with its referral and the history both have already lived (demo data,
     * imports): the referral is accepted, declined and matched at the dates of the client's path.
     */
    public Long importReferral(ImportedClient client, ReferralDetails details, String declineAdvice,
                               Long advisedOrganisationId) {
        ImportedHistory history = admissions.importClient(client);
        Referral referral = new Referral(history.clientId(), history.referrer().id(), history.referrer().id(),
                history.referredAt(), details);
        for (ImportedHistory.Step step : history.steps()) {
            switch (step.to()) {
                case ACCEPTED -> referral.accept(client.recordedBy(), step.at());
                case DECLINED -> referral.decline(client.recordedBy(), step.at(), null, client.declineReason(),
                        declineAdvice, advisedOrganisationId);
                case INTAKE -> referral.matched(step.at(), null, null, null);
                default -> {
                }
            }
        }
        referrals.save(referral);
        return history.clientId();
    }

    /** The referrer's referrals, newest first, with the decision and who coaches the client. */
    @Transactional(readOnly = true)
    Page<ReferralRow> referralsOf(CurrentUser referrer, Pageable pageable) {
        return withReferral(clients.referredBy(referrer, pageable));
    }

    /** Open referrals (submitted, or accepted and waiting for a match), oldest first. */
    @Transactional(readOnly = true)
    Page<ReferralRow> intakeQueue(CurrentUser projectLeader, Pageable pageable) {
        return withReferral(clients.openReferrals(projectLeader, pageable));
    }

    /** The referral of a client the caller has already loaded through the client module's gate. */
    @Transactional(readOnly = true)
    ReferralView view(Long clientId, ClientAccess access) {
        Referral r = referrals.findById(clientId).orElse(null);
        if (r == null) {
            return null;
        }
        String submittedBy = accounts.byIds(List.of(r.getSubmittedBy())).values().stream()
                .map(UserSummary::displayName).findFirst().orElse(null);
        String advised = r.getAdvisedOrganisationId() == null ? null
                : organisations.byIds(List.of(r.getAdvisedOrganisationId())).values().stream()
                .map(OrganisationSummary::name).findFirst().orElse(null);
        return new ReferralView(r.getSubmittedAt(), submittedBy, r.getReason(), r.getKnownIssues(), r.getUrgency(),
                r.getConsentOn(), r.getDecidedAt(), declineReason(r), r.getDeclineReason(), r.getDeclineAdvice(), advised,
                access == ClientAccess.REFERRER ? null : r.getMatchRationale(), r.getStartMeetingAt(),
                r.getStartMeetingPlace(), clientId, DriegesprekController.REPLANNERS.contains(access)
                        && r.getStartMeetingAt() != null && !r.getStartMeetingAt().isBefore(LocalDateTime.now(clock)),
                r.getVersion());
    }

    @Override
    public String slot() {
        return "details";
    }

    @Override
    public String fragment() {
        return FRAGMENT;
    }

    @Override
    public Nav nav() {
        return Nav.DETAILS;
    }

    /** The client file has admitted the viewer; the referral is shown to everyone who sees the file. */
    @Override
    @Transactional(readOnly = true)
    public Object data(FileView file) {
        return view(file.clientId(), file.access());
    }

    private Page<ReferralRow> withReferral(Page<ClientRow> page) {
        Map<Long, Referral> byClient = referrals.findAllById(page.map(ClientRow::id).getContent()).stream()
                .collect(Collectors.toMap(Referral::getClientId, Function.identity()));
        Set<Long> advisedIds = byClient.values().stream().map(Referral::getAdvisedOrganisationId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, OrganisationSummary> advised = advisedIds.isEmpty() ? Map.of() : organisations.byIds(advisedIds);
        return page.map(row -> {
            Referral r = byClient.get(row.id());
            return new ReferralRow(row, r == null ? row.createdAt() : r.getSubmittedAt(),
                    r == null ? null : r.getUrgency(), r == null ? null : declineReason(r),
                    r == null ? null : r.getDeclineReason(),
                    r == null ? null : r.getDeclineAdvice(),
                    r == null || r.getAdvisedOrganisationId() == null ? null
                            : advised.get(r.getAdvisedOrganisationId()).name());
        });
    }

    /** The listed reason of a declined referral, by its current name; null before the list existed. */
    private ReasonView declineReason(Referral referral) {
        return referenceData.declineReason(referral.getDeclineReasonCode()).orElse(null);
    }

    private void notifyReferrer(Long clientId, Long referrerId) {
        if (referrerId != null) {
            events.publishEvent(new ReferralDecided(clientId, referrerId));
        }
    }

    /** After the decision is committed, in a transaction of its own: the referrer's inbox item. */
    @ApplicationModuleListener
    void onReferralDecided(ReferralDecided decided) {
        notifications.notify(decided.referrerId(), NotificationType.REFERRAL_DECIDED, "notification.referralDecided",
                "/referrals#referral-" + decided.clientId(), decided.clientId());
    }

    /**
     * Plans the driegesprek of a matched client without announcing it: for the demo programme, whose
     * clients in intake have one coming. A match made on the intake page announces itself.
     */
    public void planDriegesprekQuietly(Long clientId, LocalDateTime at, String place) {
        referrals.findById(clientId).filter(r -> r.getMatchedAt() != null)
                .ifPresent(r -> r.replanMeeting(at, place));
    }

    /** After a moved or called-off driegesprek is committed: the coach(es) and the referrer are told. */
    @ApplicationModuleListener
    void onDriegesprekChanged(DriegesprekChanged changed) {
        Locale dutch = Locale.forLanguageTag("nl");
        boolean cancelled = changed.meetingAt() == null;
        String detail = cancelled ? null : messages.getMessage("notification.driegesprek.movedDetail",
                new Object[]{Dates.dateTime(changed.meetingAt(), dutch) + ", " + changed.meetingPlace()}, dutch);
        // one item per change: a second move while the first is unread is news too
        String link = "/clients/" + changed.clientId() + "?driegesprek=" + changed.version() + "#details";
        String key = cancelled ? "notification.driegesprek.cancelled" : "notification.driegesprek.moved";
        Stream.of(changed.coachId(), changed.coverCoachId(), changed.referrerId()).filter(Objects::nonNull).distinct()
                .forEach(user -> notifications.notify(user, NotificationType.DRIEGESPREK_CHANGED, key, link,
                        changed.clientId(), detail));
    }

    private Referral referralOf(Long clientId) {
        return referrals.findById(clientId).orElseThrow(() -> new LifecycleException("referral.missing"));
    }
}
