package nl.waakvlam.sharing;

import nl.waakvlam.client.ClientAccess;
import nl.waakvlam.client.ClientGate;
import nl.waakvlam.client.ClientHeader;
import nl.waakvlam.contact.ContactService;
import nl.waakvlam.escalation.EventService;
import nl.waakvlam.goal.GoalService;
import nl.waakvlam.measurement.MeasurementService;
import nl.waakvlam.security.AccountService;
import nl.waakvlam.security.AuditAction;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.security.UserSummary;
import nl.waakvlam.shared.Dates;
import nl.waakvlam.shared.NotFoundException;
import nl.waakvlam.shared.web.PdfDocuments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Progress reports: a draft pre-filled from what the coach recorded in the period, edited in plain
 * language (with B1 hints on the page), released after it was discussed with the client, corrected
 * as a new version.
 * Referrers read released reports only with consent, and reading leaves a receipt.
 */
@Service
@Transactional
public class ReportService {

    static final Set<ClientAccess> COACHES = ClientAccess.COACHES;
    static final Set<ClientAccess> READERS = EnumSet.allOf(ClientAccess.class);

    private final ProgressReportRepository reports;
    private final ReportReadRepository reads;
    private final SharingService sharing;
    private final ClientGate gate;
    private final ContactService contacts;
    private final EventService events;
    private final AccountService accounts;
    private final ApplicationEventPublisher publisher;
    private final PdfDocuments pdfs;
    private final GoalService goals;
    private final MeasurementService measurements;
    private final MessageSource messages;
    private final Clock clock;

    ReportService(ProgressReportRepository reports, ReportReadRepository reads, SharingService sharing,
                  ClientGate gate, ContactService contacts, EventService events, AccountService accounts,
                  ApplicationEventPublisher publisher, PdfDocuments pdfs, MessageSource messages, Clock clock,
                  GoalService goals, MeasurementService measurements) {
        this.goals = goals;
        this.measurements = measurements;
        this.reports = reports;
        this.reads = reads;
        this.sharing = sharing;
        this.gate = gate;
        this.contacts = contacts;
        this.events = events;
        this.accounts = accounts;
        this.publisher = publisher;
        this.pdfs = pdfs;
        this.messages = messages;
        this.clock = clock;
    }

    /** The period a new report covers by default: since the last report, or the last month. */
    public LocalDate[] defaultPeriod(Long clientId) {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = reports.findFirstByClientIdAndStatusNotOrderByPeriodToDesc(clientId, ReportStatus.SUPERSEDED)
                .map(r -> r.getPeriodTo().plusDays(1)).filter(d -> !d.isAfter(today)).orElse(today.minusMonths(1));
        return new LocalDate[]{from, today};
    }

    /**
     * Starts a draft pre-filled from what the coach recorded: how often there was contact and about
     * which life domains, the shared notes and, within the client's consent, significant events,
     * goals and measurements.
     */
    public Long startDraft(CurrentUser coach, Long clientId, LocalDate from, LocalDate to, Locale locale) {
        ClientHeader client = gate.open(coach, clientId, COACHES, AuditAction.CREATE, "report", null);
        if (from == null || to == null) {
            throw new SharingException("periodFrom", "NotNull");
        }
        if (to.isAfter(LocalDate.now(clock))) {
            throw new SharingException("periodTo", "event.dateInFuture");
        }
        StringBuilder body = new StringBuilder();
        body.append(msg("report.draft.how", locale)).append("\n\n\n");
        Instant start = from.atStartOfDay(clock.getZone()).toInstant();
        Instant until = to.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        // How often there was contact and which life domains came up goes in without a consent scope
        // of its own: it is counts and domain names, never what was said (no note text). The draft
        // stays with the coach, who shortens it and discusses it with the client before release, and
        // a referrer reads a released report only with the client's consent for reports.
        ContactService.PeriodContacts contacted = contacts.periodContacts(clientId, start, until, locale);
        body.append(msg("report.draft.contacts", locale)).append('\n');
        body.append(format("report.draft.contactCount", locale, contacted.reached())).append('\n');
        if (contacted.notReached() > 0) {
            body.append(format("report.draft.contactMissed", locale, contacted.notReached())).append('\n');
        }
        if (!contacted.domains().isEmpty()) {
            body.append(format("report.draft.contactDomains", locale, String.join(", ", contacted.domains())))
                    .append('\n');
        }
        // shared notes are written to be shared; consent decides only whether a referrer reads the report
        contacts.sharedNotes(clientId, start, until).forEach(n -> body.append("- ")
                .append(Dates.date(n.occurredAt(), locale)).append(": ").append(n.note())
                .append('\n'));
        body.append('\n');
        boolean eventsConsent = client.referrerId() != null && sharing.scopesFor(clientId, client.referrerId()).events();
        if (eventsConsent) {
            List<EventService.SharedEvent> significant = events.significantEvents(clientId, from, to);
            if (!significant.isEmpty()) {
                body.append(msg("report.draft.events", locale)).append('\n');
                significant.forEach(e -> body.append("- ").append(Dates.date(e.occurredOn(), locale)).append(": ")
                        .append(msg("eventType." + e.type().name(), locale))
                        .append(e.organisation() == null ? "" : " (" + e.organisation() + ")").append('\n'));
                body.append('\n');
            }
        }
        boolean goalsConsent = client.referrerId() != null && sharing.scopesFor(clientId, client.referrerId()).goals();
        if (goalsConsent) {
            List<String> lines = goals.summaryLines(clientId, locale, this::msg);
            if (!lines.isEmpty()) {
                body.append(msg("report.draft.goals", locale)).append('\n');
                lines.forEach(line -> body.append("- ").append(line).append('\n'));
                body.append('\n');
            }
            // consent for goals covers measurements too (spec: "goals and measurements")
            List<String> measured = measurements.reportLines(clientId, from, to, locale);
            if (!measured.isEmpty()) {
                body.append(msg("report.draft.measurements", locale)).append('\n');
                measured.forEach(line -> body.append("- ").append(line).append('\n'));
                body.append('\n');
            }
        }
        body.append(msg("report.draft.next", locale)).append("\n\n");
        return reports.save(new ProgressReport(clientId, from, to, body.toString().strip(), coach.id(),
                clock.instant())).getId();
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private String format(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    /**
     * Saves the draft and, when asked, releases it — in one transaction, so a refused release
     * leaves the stored draft exactly as it was. The period changes with it; {@code periodFrom} and
     * {@code periodTo} both null leave the period as it is.
     */
    public void edit(CurrentUser coach, Long reportId, long seenVersion, String body, LocalDate discussedOn,
                     LocalDate periodFrom, LocalDate periodTo, boolean release) {
        ProgressReport report = find(reportId);
        gate.open(coach, report.getClientId(), COACHES, AuditAction.UPDATE, "report", reportId);
        report.edit(body, discussedOn, seenVersion);
        if (periodFrom != null || periodTo != null) {
            report.changePeriod(periodFrom, periodTo, LocalDate.now(clock));
        }
        if (release) {
            release(coach, reportId);
        }
        reports.flush();
    }

    /** Releases a draft: the referrer with consent for reports is notified and feedback counts as given. */
    public void release(CurrentUser coach, Long reportId) {
        ProgressReport report = find(reportId);
        ClientHeader client = gate.open(coach, report.getClientId(), COACHES, AuditAction.UPDATE, "report", reportId);
        LocalDate today = LocalDate.now(clock);
        report.release(coach.id(), clock.instant(), today);
        if (report.getPreviousId() != null) {
            reports.findById(report.getPreviousId()).ifPresent(ProgressReport::supersede);
        }
        Long referrer = client.referrerId();
        if (referrer != null && sharing.scopesFor(client.id(), referrer).reports()) {
            publisher.publishEvent(new ReportReleased(reportId, client.id(), referrer));
            sharing.feedbackGiven(client.id(), referrer, today);
        }
    }

    public Long correct(CurrentUser coach, Long reportId) {
        ProgressReport report = find(reportId);
        gate.open(coach, report.getClientId(), COACHES, AuditAction.CREATE, "report", reportId);
        return reports.save(report.correction(coach.id(), clock.instant())).getId();
    }

    /**
     * The report for this user, or not found: coaches see drafts too; the project leader and the
     * referrer see released and superseded reports, the referrer only with consent for reports.
     */
    public ReportView view(CurrentUser user, Long reportId, AuditAction action) {
        ProgressReport report = find(reportId);
        ClientHeader client = gate.open(user, report.getClientId(), READERS, action, "report", reportId);
        boolean coach = COACHES.contains(client.access());
        if (!coach && !report.visibleOutsideCoach()) {
            throw new NotFoundException("report");
        }
        if (client.access() == ClientAccess.REFERRER) {
            if (!sharing.scopesFor(client.id(), user.id()).reports()) {
                throw new NotFoundException("report");
            }
            reads.markRead(reportId, user.id(), clock.instant());
        }
        Set<Long> people = new HashSet<>();
        if (client.coachId() != null) {
            people.add(client.coachId());
        }
        List<ReportRead> readRows = reads.findByReportIdIn(List.of(reportId));
        readRows.forEach(r -> people.add(r.getUserId()));
        Map<Long, UserSummary> names = accounts.byIds(people);
        return new ReportView(report.getId(), client.id(), client.fullName(),
                client.coachId() == null || !names.containsKey(client.coachId()) ? null
                        : names.get(client.coachId()).displayName(), report.getPeriodFrom(), report.getPeriodTo(),
                report.getBody(), report.getStatus(), report.getDiscussedOn(), report.getReleasedAt(),
                report.getVersionNo(), report.getPreviousId(), coach && report.getStatus() == ReportStatus.DRAFT,
                coach && report.getStatus() == ReportStatus.RELEASED,
                coach ? readRows.stream().filter(r -> names.containsKey(r.getUserId()))
                        .map(r -> names.get(r.getUserId()).displayName()).toList() : List.of(), report.getVersion(),
                coach && report.getStatus() == ReportStatus.DRAFT ? leftOutByConsent(client) : List.of());
    }

    /** What {@link #startDraft} leaves out for lack of consent, so the draft can say so. */
    private List<String> leftOutByConsent(ClientHeader client) {
        if (client.referrerId() == null) {
            return List.of();
        }
        var scopes = sharing.scopesFor(client.id(), client.referrerId());
        List<String> leftOut = new ArrayList<>();
        if (!scopes.events()) {
            leftOut.add("events");
        }
        if (!scopes.goals()) {
            leftOut.add("goals");
        }
        return leftOut;
    }

    /**
     * The same template as the page, rendered to a tagged, accessible PDF (PDF/UA) under the
     * programme's letterhead.
     */
    public byte[] pdf(CurrentUser user, Long reportId, Locale locale) {
        ReportView report = view(user, reportId, AuditAction.PRINT);
        return pdfs.render("sharing/report-pdf", locale, Map.of("report", report));
    }

    private ProgressReport find(Long reportId) {
        return reports.findById(reportId).orElseThrow(() -> new NotFoundException("report"));
    }

    /** Demo data and imports: a released report without the gate. */
    /** The coach puts a draft before the client on Mijn Waakvlam, to discuss it before release. */
    public void askClient(CurrentUser coach, Long reportId) {
        ProgressReport report = find(reportId);
        gate.open(coach, report.getClientId(), COACHES, AuditAction.UPDATE, "report", reportId);
        report.askClient(clock.instant());
        reports.flush();
    }

    /** What the client said about a draft put before them; null when it was never put before them. */
    public record ClientReview(Instant askedAt, Boolean agreed, String note, Instant answeredAt) {

        public boolean answered() {
            return answeredAt != null;
        }
    }

    /** The client's review of a report the caller has already opened (through {@link #view}). */
    @Transactional(readOnly = true)
    public ClientReview clientReview(Long reportId) {
        ProgressReport report = find(reportId);
        return report.getClientAskedAt() == null ? null : new ClientReview(report.getClientAskedAt(),
                report.getClientAgreed(), report.getClientNote(), report.getClientAnsweredAt());
    }

    /** A draft the coach put before the client, as the client reads and answers it. */
    public record ClientDraft(Long id, LocalDate periodFrom, LocalDate periodTo, String body, Boolean agreed,
                              String note) {
    }

    /**
     * The draft the coach wants to discuss with the client, if any (the newest). The caller has
     * established that this is the client's own file.
     */
    @Transactional(readOnly = true)
    public Optional<ClientDraft> draftForClientThemselves(Long clientId) {
        return reports.findByClientIdOrderByPeriodToDescIdDesc(clientId).stream()
                .filter(r -> r.getStatus() == ReportStatus.DRAFT && r.getClientAskedAt() != null)
                .findFirst().map(r -> new ClientDraft(r.getId(), r.getPeriodFrom(), r.getPeriodTo(), r.getBody(),
                        r.getClientAgreed(), r.getClientNote()));
    }

    /**
     * The client's answer to the draft put before them: it is right, or what is not. Any other report
     * (another client's, released, never put before them) is not found. The caller has established
     * that {@code clientId} is the client's own file.
     */
    public void answerAsClient(Long clientId, Long reportId, boolean agreed, String note) {
        ProgressReport report = reports.findById(reportId)
                .filter(r -> r.getClientId().equals(clientId) && r.getStatus() == ReportStatus.DRAFT
                        && r.getClientAskedAt() != null)
                .orElseThrow(() -> new NotFoundException("report"));
        report.clientAnswers(agreed, note, clock.instant());
        reports.flush();
    }

    /** A released progress report as the client reads it: the period, when it was shared, the text. */
    public record ReleasedReport(Long id, LocalDate periodFrom, LocalDate periodTo, Instant releasedAt, String body) {
    }

    /**
     * The released reports about a client, newest first, for the client's own Mijn Waakvlam (drafts
     * and superseded versions are not the client's to read there). The caller has established that
     * this is the client's own file.
     */
    @Transactional(readOnly = true)
    public List<ReleasedReport> releasedForClientThemselves(Long clientId) {
        return reports.findByClientIdOrderByPeriodToDescIdDesc(clientId).stream()
                .filter(r -> r.getStatus() == ReportStatus.RELEASED)
                .map(r -> new ReleasedReport(r.getId(), r.getPeriodFrom(), r.getPeriodTo(), r.getReleasedAt(),
                        r.getBody()))
                .toList();
    }

    /** Demo data: a draft the coach has put before the client on Mijn Waakvlam, not yet answered. */
    public Long importDraftForClient(Long clientId, Long coachId, LocalDate from, LocalDate to, String body) {
        ProgressReport report = reports.save(new ProgressReport(clientId, from, to, body, coachId, clock.instant()));
        report.askClient(clock.instant());
        return report.getId();
    }

    public Long importReleased(Long clientId, Long coachId, LocalDate from, LocalDate to, String body,
                               LocalDate discussedOn) {
        ProgressReport report = reports.save(new ProgressReport(clientId, from, to, body, coachId, clock.instant()));
        report.edit(body, discussedOn, report.getVersion());
        report.release(coachId, clock.instant(), LocalDate.now(clock));
        return report.getId();
    }
}
