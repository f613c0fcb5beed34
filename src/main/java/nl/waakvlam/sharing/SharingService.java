package nl.waakvlam.sharing;

import nl.waakvlam.client.AttentionItem;
import nl.waakvlam.client.AttentionSource;
import nl.waakvlam.client.ClientAccess;
import nl.waakvlam.client.ClientGate;
import nl.waakvlam.client.ClientHeader;
import nl.waakvlam.client.FileView;
import nl.waakvlam.client.TimelineEntry;
import nl.waakvlam.client.TimelineFilter;
import nl.waakvlam.client.TimelineSource;
import nl.waakvlam.contact.ContactService;
import nl.waakvlam.contact.SignificantDecisionLogged;
import nl.waakvlam.escalation.EventService;
import nl.waakvlam.escalation.SignificantEventRecorded;
import nl.waakvlam.notification.NotificationService;
import nl.waakvlam.notification.NotificationType;
import nl.waakvlam.organisation.OrganisationService;
import nl.waakvlam.organisation.OrganisationSummary;
import nl.waakvlam.security.AccountService;
import nl.waakvlam.security.AuditAction;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.security.UserSummary;
import nl.waakvlam.settings.ProgrammeSettings;
import nl.waakvlam.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Feedback agreements, consent and referrer context. Consent is looked up on every request that
 * needs it, so a withdrawal takes effect on the very next page a referrer opens.
 */
@Service
@Transactional
public class SharingService implements AttentionSource, TimelineSource {

    static final Set<ClientAccess> COACHES = ClientAccess.COACHES;

    private final FeedbackAgreementRepository agreements;
    private final ConsentRepository consents;
    private final ReferrerNoteRepository notes;
    private final ProgressReportRepository reports;
    private final ClientGate gate;
    private final AccountService accounts;
    private final OrganisationService organisations;
    private final ContactService contacts;
    private final EventService events;
    private final NotificationService notifications;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final ProgrammeSettings programme;
    private final CoachPanelRows panelRows;
    private final JdbcTemplate jdbc;

    SharingService(FeedbackAgreementRepository agreements, ConsentRepository consents, ReferrerNoteRepository notes,
                   ProgressReportRepository reports, ClientGate gate,
                   AccountService accounts, OrganisationService organisations, ContactService contacts,
                   EventService events, NotificationService notifications, ApplicationEventPublisher publisher,
                   Clock clock, ProgrammeSettings programme, CoachPanelRows panelRows, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.panelRows = panelRows;
        this.agreements = agreements;
        this.consents = consents;
        this.notes = notes;
        this.reports = reports;
        this.gate = gate;
        this.accounts = accounts;
        this.organisations = organisations;
        this.contacts = contacts;
        this.events = events;
        this.notifications = notifications;
        this.publisher = publisher;
        this.clock = clock;
        this.programme = programme;
    }

    // --- agreements

    /** Makes or changes the agreement with one referrer; the next due date follows the frequency. */
    public void agree(CurrentUser coach, Long clientId, Long referrerId, FeedbackFrequency frequency, String topics,
                      FeedbackChannel channel, LocalDate nextDue) {
        ClientHeader client = gate.open(coach, clientId, COACHES, AuditAction.UPDATE, "agreement", null);
        requireReferrerOf(client, referrerId);
        LocalDate today = LocalDate.now(clock);
        LocalDate due = nextDue != null ? nextDue : frequency.nextAfter(today);
        agreements.findByClientIdAndReferrerId(clientId, referrerId).ifPresentOrElse(
                agreement -> agreement.agree(frequency, topics, channel, due, clock.instant()),
                () -> agreements.save(new FeedbackAgreement(clientId, referrerId, today, frequency, topics, channel,
                        due, clock.instant())));
    }

    private void requireReferrerOf(ClientHeader client, Long referrerId) {
        if (!Objects.equals(client.referrerId(), referrerId)) {
            throw new SharingException("referrerId", "agreement.notTheReferrer");
        }
    }

    // --- consent

    public void giveConsent(CurrentUser coach, Long clientId, RecipientType type, Long referrerId, Long organisationId,
                            String name, boolean reports, boolean eventsScope, boolean goals, ObtainedHow how,
                            LocalDate givenOn) {
        ClientHeader client = gate.open(coach, clientId, COACHES, AuditAction.UPDATE, "consent", null);
        if (type == RecipientType.REFERRER) {
            requireReferrerOf(client, referrerId);
        }
        if (givenOn == null || givenOn.isAfter(LocalDate.now(clock))) {
            throw new SharingException("givenOn", "event.dateInFuture");
        }
        if (type == RecipientType.ORGANISATION && organisationId == null
                || type == RecipientType.REPRESENTATIVE && (name == null || name.isBlank())) {
            throw new SharingException("recipient", "consent.recipientRequired");
        }
        if (type == RecipientType.ORGANISATION && !organisations.isActive(organisationId)) {
            throw new SharingException("recipient", "organisation.unknown");
        }
        consents.save(new Consent(clientId, type, type == RecipientType.REFERRER ? referrerId : null,
                type == RecipientType.ORGANISATION ? organisationId : null,
                type == RecipientType.REPRESENTATIVE ? name.strip() : null, reports, eventsScope, goals, how, givenOn,
                coach.id(), clock.instant()));
    }

    /**
     * The consents that hold, as the client reads them on Mijn Waakvlam: who may receive what. The
     * caller has established that this is the client's own file.
     */
    @Transactional(readOnly = true)
    public List<SharingViews.ConsentView> consentsForClientThemselves(Long clientId) {
        return coachPanel(clientId, ClientAccess.METADATA, null).consents().stream()
                .filter(SharingViews.ConsentView::active).toList();
    }

    public void withdrawConsent(CurrentUser coach, Long clientId, Long consentId) {
        gate.open(coach, clientId, COACHES, AuditAction.UPDATE, "consent", consentId);
        consents.findById(consentId).filter(c -> c.getClientId().equals(clientId))
                .orElseThrow(() -> new NotFoundException("consent")).withdraw(LocalDate.now(clock), coach.id());
    }

    /** Active consent scopes for this referrer and client, read fresh from the database. */
    record Scopes(boolean reports, boolean events, boolean goals) {
    }

    Scopes scopesFor(Long clientId, Long referrerId) {
        boolean reportsScope = false;
        boolean eventsScope = false;
        boolean goalsScope = false;
        for (Consent consent : consents.activeFor(clientId, referrerId)) {
            reportsScope |= consent.isScopeReports();
            eventsScope |= consent.isScopeEvents();
            goalsScope |= consent.isScopeGoals();
        }
        return new Scopes(reportsScope, eventsScope, goalsScope);
    }

    // --- referrer context

    public void addReferrerNote(CurrentUser referrer, Long clientId, LocalDate noticedOn, String note) {
        ClientHeader client = gate.open(referrer, clientId, EnumSet.of(ClientAccess.REFERRER), AuditAction.CREATE,
                "referrerNote", null);
        if (note == null || note.isBlank() || note.length() > 2000) {
            throw new SharingException("note", "referrerNote.required");
        }
        LocalDate on = noticedOn == null ? LocalDate.now(clock) : noticedOn;
        if (on.isAfter(LocalDate.now(clock))) {
            throw new SharingException("noticedOn", "event.dateInFuture");
        }
        Long noteId = notes.save(new ReferrerNote(clientId, referrer.id(), on, note, clock.instant())).getId();
        // the primary coach; a cover coach reads the timeline while covering
        List<Long> coaches = Stream.of(client.coachId()).filter(Objects::nonNull).toList();
        publisher.publishEvent(new ReferrerNoteAdded(clientId, noteId, coaches));
    }

    // --- panels on the client file

    /** The coach's sharing panel; its agreements, consents and reports come in one statement. */
    @Transactional(readOnly = true)
    public SharingViews.CoachPanel coachPanel(Long clientId, ClientAccess access, Long referrerId) {
        LocalDate today = LocalDate.now(clock);
        CoachPanelRows.Rows rows = panelRows.of(clientId);
        Set<Long> userIds = new HashSet<>();
        rows.agreements().forEach(a -> userIds.add(a.referrerId()));
        rows.consents().forEach(c -> {
            userIds.add(c.recordedBy());
            if (c.recipientUserId() != null) {
                userIds.add(c.recipientUserId());
            }
        });
        if (referrerId != null) {
            userIds.add(referrerId);
        }
        rows.reports().forEach(r -> userIds.addAll(r.readBy()));
        Map<Long, UserSummary> people = accounts.byIds(userIds);
        List<OrganisationSummary> allOrganisations = organisations.all();
        Map<Long, String> orgNames = new HashMap<>();
        allOrganisations.forEach(o -> orgNames.put(o.id(), o.name()));
        List<SharingViews.Recipient> referrers = referrerId == null || !people.containsKey(referrerId) ? List.of()
                : List.of(new SharingViews.Recipient(referrerId, people.get(referrerId).displayName()));
        return new SharingViews.CoachPanel(clientId, COACHES.contains(access),
                rows.agreements().stream().map(a -> new SharingViews.AgreementView(a.id(), a.referrerId(),
                        name(people, a.referrerId()), a.frequency(), a.topics(), a.channel(), a.madeOn(), a.nextDue(),
                        FeedbackAgreement.overdue(a.nextDue(), today), a.version())).toList(),
                rows.consents().stream().map(c -> new SharingViews.ConsentView(c.id(), c.recipientType(),
                        switch (c.recipientType()) {
                            case REFERRER -> name(people, c.recipientUserId());
                            case ORGANISATION -> orgNames.get(c.recipientOrganisationId());
                            case REPRESENTATIVE -> c.recipientName();
                        }, c.scopeReports(), c.scopeEvents(), c.scopeGoals(), c.obtainedHow(),
                        c.givenOn(), name(people, c.recordedBy()), c.withdrawnOn())).toList(),
                rows.reports().stream().map(r -> new SharingViews.ReportSummary(r.id(), r.periodFrom(), r.periodTo(),
                        r.status(), r.versionNo(), r.releasedAt(),
                        r.readBy().stream().map(id -> name(people, id)).toList())).toList(),
                referrers, allOrganisations.stream().filter(OrganisationSummary::active).toList(), today);
    }

    /** The referrer's part of the client page: agreement, released reports, shared notes and events. */
    @Transactional(readOnly = true)
    public SharingViews.ReferrerPanel referrerPanel(Long clientId, Long referrerId) {
        LocalDate today = LocalDate.now(clock);
        Scopes scopes = scopesFor(clientId, referrerId);
        FeedbackAgreement agreement = agreements.findByClientIdAndReferrerId(clientId, referrerId).orElse(null);
        Map<Long, UserSummary> people = accounts.byIds(List.of(referrerId));
        List<SharingViews.ReportSummary> released = List.of();
        List<ContactService.SharedNote> shared = List.of();
        List<EventService.SharedEvent> significant = List.of();
        if (scopes.reports()) {
            List<ProgressReport> visible = reports.findByClientIdOrderByPeriodToDescIdDesc(clientId).stream()
                    .filter(ProgressReport::visibleOutsideCoach).toList();
            released = summaries(visible, List.of(), people);
            shared = contacts.sharedNotes(clientId, today.minusDays(90).atStartOfDay(clock.getZone()).toInstant(),
                    clock.instant());
        }
        if (scopes.events()) {
            significant = events.significantEvents(clientId, today.minusDays(180), today);
        }
        return new SharingViews.ReferrerPanel(clientId, agreement == null ? null : agreementView(agreement, people, today),
                scopes.reports(), scopes.events(), released, shared, significant,
                programme.current().centralPhone());
    }

    private static SharingViews.AgreementView agreementView(FeedbackAgreement a, Map<Long, UserSummary> people,
                                                           LocalDate today) {
        return new SharingViews.AgreementView(a.getId(), a.getReferrerId(), name(people, a.getReferrerId()),
                a.getFrequency(), a.getTopics(), a.getChannel(), a.getMadeOn(), a.getNextDue(), a.overdue(today),
                a.getVersion());
    }

    static List<SharingViews.ReportSummary> summaries(List<ProgressReport> rows, List<ReportRead> readRows,
                                                     Map<Long, UserSummary> people) {
        Map<Long, List<String>> readers = new HashMap<>();
        readRows.forEach(r -> readers.computeIfAbsent(r.getReportId(), id -> new ArrayList<>())
                .add(name(people, r.getUserId())));
        return rows.stream().map(r -> new SharingViews.ReportSummary(r.getId(), r.getPeriodFrom(), r.getPeriodTo(),
                r.getStatus(), r.getVersionNo(), r.getReleasedAt(), readers.getOrDefault(r.getId(), List.of())))
                .toList();
    }

    private static String name(Map<Long, UserSummary> people, Long id) {
        UserSummary user = id == null ? null : people.get(id);
        return user == null ? null : user.displayName();
    }

    /** Agreements on time vs overdue per referrer organisation (project leader). */
    @Transactional(readOnly = true)
    public List<SharingViews.OrganisationAgreements> agreementsPerOrganisation() {
        LocalDate today = LocalDate.now(clock);
        List<FeedbackAgreementRepository.OrganisationAgreementRow> rows = agreements.perOrganisation(today);
        Map<Long, OrganisationSummary> orgs = organisations.byIds(rows.stream()
                .map(FeedbackAgreementRepository.OrganisationAgreementRow::getOrganisationId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return rows.stream().map(r -> new SharingViews.OrganisationAgreements(
                        orgs.containsKey(r.getOrganisationId()) ? orgs.get(r.getOrganisationId()).name() : "—",
                        r.getOnTime(), r.getOverdue(), r.getWithoutRhythm()))
                .sorted(Comparator.comparing(SharingViews.OrganisationAgreements::organisation)).toList();
    }

    // --- notifying referrers of significant events and decisions

    /** After the event is committed, in a transaction of its own; retried while incomplete. */
    @ApplicationModuleListener
    void onSignificantEvent(SignificantEventRecorded recorded) {
        informOfSignificant(recorded.clientId());
    }

    /** After the contact is committed, in a transaction of its own; retried while incomplete. */
    @ApplicationModuleListener
    void onSignificantDecision(SignificantDecisionLogged logged) {
        informOfSignificant(logged.clientId());
    }

    /** After the release is committed: the referrer's inbox item. */
    @ApplicationModuleListener
    void onReportReleased(ReportReleased released) {
        notifications.notify(released.referrerId(), NotificationType.REPORT_RELEASED, "notification.reportReleased",
                "/reports/" + released.reportId(), released.clientId());
    }

    /** After a referrer's context note is committed: an inbox item for the client's coach. */
    @ApplicationModuleListener
    void onReferrerNoteAdded(ReferrerNoteAdded added) {
        for (Long coach : added.coachIds()) {
            notifications.notify(coach, NotificationType.REFERRER_NOTE, "notification.referrerNote",
                    "/clients/" + added.clientId() + "#note-" + added.noteId(), added.clientId());
        }
    }

    /** A significant event or decision informs each referrer whose agreement and consent allow it. */
    private void informOfSignificant(Long clientId) {
        for (FeedbackAgreement agreement : agreements.findByClientIdOrderById(clientId)) {
            if (agreement.getFrequency().informsOfSignificantEvents()
                    && scopesFor(clientId, agreement.getReferrerId()).events()) {
                notifications.notify(agreement.getReferrerId(), NotificationType.SIGNIFICANT_EVENT,
                        "notification.significantEvent", "/clients/" + clientId, clientId);
            }
        }
    }

    /** After a report is released: the next feedback is due one interval later. */
    void feedbackGiven(Long clientId, Long referrerId, LocalDate on) {
        agreements.findByClientIdAndReferrerId(clientId, referrerId)
                .ifPresent(a -> a.feedbackGiven(on, clock.instant()));
    }

    // --- today list and timeline

    @Override
    @Transactional(readOnly = true)
    public List<AttentionItem> attention(Map<Long, String> clientNames, LocalDate today) {
        if (clientNames.isEmpty()) {
            return List.of();
        }
        // plain JDBC with an array: Hibernate translates a query with an IN list anew for every call
        List<Due> due = jdbc.query("select client_id, referrer_id, next_due "
                        + "from feedback_agreement where client_id = any(?::bigint[]) and next_due is not null "
                        + "and next_due <= ? order by next_due, id",
                (rs, n) -> new Due(rs.getLong(1), rs.getLong(2),
                        rs.getObject(3, LocalDate.class)),
                clientNames.keySet().toArray(Long[]::new), today);
        Map<Long, UserSummary> people = accounts.byIds(due.stream().map(Due::referrerId)
                .collect(Collectors.toSet()));
        return due.stream().map(a -> new AttentionItem(a.clientId(), clientNames.get(a.clientId()),
                a.nextDue().isBefore(today) ? 75 : 55,
                a.nextDue().isBefore(today) ? "attention.feedbackOverdue" : "attention.feedbackToday",
                AttentionItem.arguments(name(people, a.referrerId()), a.nextDue()), null, a.nextDue(),
                "/clients/" + a.clientId() + "#sharing")).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> entries(FileView file, TimelineFilter filter, Instant before, int limit) {
        Long clientId = file.clientId();
        ClientAccess access = file.access();
        if (!COACHES.contains(access) && access != ClientAccess.METADATA || !filter.isEmpty()) {
            return List.of();
        }
        List<ReferrerNote> rows = notes.timeline(clientId, before, limit);
        Map<Long, UserSummary> people = accounts.byIds(rows.stream().map(ReferrerNote::getReferrerId)
                .collect(Collectors.toSet()));
        return rows.stream().map(n -> new TimelineEntry(n.getCreatedAt(), n.getId(), "sharing/timeline :: entry",
                new SharingViews.ReferrerNoteView(n.getId(), name(people, n.getReferrerId()), n.getNoticedOn(),
                        n.getNote()))).toList();
    }

    /** Demo data and imports: agreement and consent without a gate. */
    public void importAgreement(Long clientId, Long referrerId, FeedbackFrequency frequency, String topics,
                                FeedbackChannel channel, LocalDate madeOn, LocalDate nextDue) {
        agreements.save(new FeedbackAgreement(clientId, referrerId, madeOn, frequency, topics, channel, nextDue,
                clock.instant()));
    }

    public Long importConsent(Long clientId, Long referrerId, boolean reports, boolean eventsScope, boolean goals,
                              LocalDate givenOn, Long recordedBy, LocalDate withdrawnOn) {
        Consent consent = consents.save(new Consent(clientId, RecipientType.REFERRER, referrerId, null, null, reports,
                eventsScope, goals, ObtainedHow.CONVERSATION, givenOn, recordedBy, clock.instant()));
        if (withdrawnOn != null) {
            consent.withdraw(withdrawnOn, recordedBy);
        }
        return consent.getId();
    }

    /** A feedback conversation due by a day, as the caseload's "Today" list reads it. */
    private record Due(Long clientId, Long referrerId, LocalDate nextDue) {
    }
}
