package nl.waakvlam.dashboard;

import nl.waakvlam.security.AuditAction;
import nl.waakvlam.security.AuditLog;
import nl.waakvlam.security.AuditOutcome;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.security.Role;
import nl.waakvlam.shared.NotFoundException;
import nl.waakvlam.shared.SpreadsheetCsv;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /dashboard}: programme figures for the project leader, filterable, each with a table;
 * {@code GET /dashboard/{table}.csv}: every table as CSV with formula-like cells neutralised.
 */
@Controller
class DashboardController {

    private final DashboardQueries queries;
    private final MessageSource messages;
    private final Clock clock;
    private final MonitoringReport monitoringReport;
    private final AuditLog auditLog;
    private final RecentFigures recentFigures;

    DashboardController(DashboardQueries queries, MessageSource messages, Clock clock,
                        MonitoringReport monitoringReport, AuditLog auditLog, RecentFigures recentFigures) {
        this.auditLog = auditLog;
        this.recentFigures = recentFigures;
        this.monitoringReport = monitoringReport;
        this.queries = queries;
        this.messages = messages;
        this.clock = clock;
    }

    DashboardFilter filter(LocalDate from, LocalDate to, Long track, Long organisation, Long coach, Long round) {
        LocalDate today = LocalDate.now(clock);
        if (round != null) {
            DashboardQueries.RoundWindow window = queries.round(round)
                    .orElseThrow(() -> new NotFoundException("round"));
            return new DashboardFilter(window.opensOn(), window.closesOn(), track, organisation, coach, round,
                    window.name());
        }
        LocalDate end = to == null || to.isAfter(today) ? today : to;
        LocalDate start = from == null || from.isAfter(end) ? end.minusMonths(3) : from;
        return new DashboardFilter(start, end, track, organisation, coach);
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     @RequestParam(required = false) Long track, @RequestParam(required = false) Long organisation,
                     @RequestParam(required = false) Long coach, @RequestParam(required = false) Long round,
                     @AuthenticationPrincipal CurrentUser user, Model model) {
        DashboardFilter filter = filter(from, to, track, organisation, coach, round);
        RecentFigures.Computed computed = recentFigures.figures(filter);
        DashboardFigures figures = computed.figures();
        // the steering group sees figures only: no client names, no way into a list or a file
        boolean steering = user.is(Role.MONITOR);
        if (steering) {
            figures = figures.withoutNames();
        }
        model.addAttribute("steering", steering);
        model.addAttribute("filter", filter);
        model.addAttribute("f", figures);
        model.addAttribute("computedAt", computed.at());
        model.addAttribute("totalClients", figures.phases().stream().mapToLong(DashboardFigures.PhaseRow::clients).sum());
        model.addAttribute("options", queries.options());
        return "dashboard/dashboard";
    }

    /** The monitoring report for the steering group: aggregated, small cells suppressed. */
    @GetMapping("/dashboard/monitoring.pdf")
    ResponseEntity<byte[]> monitoring(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long track, @RequestParam(required = false) Long organisation,
            @RequestParam(required = false) Long coach, @RequestParam(required = false) Long round, Locale locale) {
        // the same selection as the dashboard it was asked from; small groups are suppressed as on screen
        DashboardFilter filter = filter(from, to, track, organisation, coach, round);
        byte[] pdf = monitoringReport.render(filter, queries.figures(filter), scope(filter, locale), locale);
        String name = filter.roundId() != null ? "round-" + filter.roundId() : filter.from() + "-" + filter.to();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("waakvlam-monitoring-" + name + ".pdf").build().toString())
                .body(pdf);
    }

    /**
     * Every dashboard table as CSV, with the same figures as the screen and the monitoring report:
     * counts of clients of 1–4 as "&lt; 5" ({@link DashboardFigures#suppressed}), averages over fewer
     * than five clients left out, activity over time and caseloads exact.
     */
    @GetMapping("/dashboard/{table}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String table,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               @RequestParam(required = false) Long track, @RequestParam(required = false) Long organisation,
                               @RequestParam(required = false) Long coach, @RequestParam(required = false) Long round,
                               Locale locale) {
        DashboardFigures f = queries.figures(filter(from, to, track, organisation, coach, round));
        List<List<Object>> rows = new ArrayList<>();
        switch (table) {
            case "phases" -> {
                rows.add(List.of(msg("common.phase", locale), msg("dashboard.phases.count", locale)));
                f.phases().forEach(r -> rows.add(List.of(msg("phase." + r.phase().name(), locale), n(r.clients()))));
            }
            case "funnel" -> {
                rows.add(List.of(msg("dashboard.funnel.step", locale), msg("dashboard.count", locale)));
                rows.add(List.of(msg("dashboard.funnel.submitted", locale), n(f.funnel().submitted())));
                rows.add(List.of(msg("dashboard.funnel.accepted", locale), n(f.funnel().accepted())));
                rows.add(List.of(msg("dashboard.funnel.declined", locale), n(f.funnel().declined())));
                rows.add(List.of(msg("dashboard.funnel.matched", locale), n(f.funnel().matched())));
                rows.add(List.of(msg("dashboard.funnel.started", locale), n(f.funnel().started())));
            }
            case "caseload" -> {
                rows.add(List.of(msg("clientFile.coach", locale), msg("coaches.clients", locale),
                        msg("coaches.load", locale), msg("profile.maxCaseload", locale)));
                f.caseload().forEach(r -> rows.add(List.of(r.coach(), r.clients(), r.weighted(), r.capacity())));
            }
            case "contacts" -> {
                rows.add(List.of(msg("dashboard.week", locale), msg("week.reached", locale), msg("week.attempts", locale)));
                f.contactsPerWeek().forEach(r -> rows.add(List.of(r.week(), r.reached(), r.attempts())));
            }
            case "events" -> {
                rows.add(List.of(msg("dashboard.eventType", locale), msg("dashboard.count", locale)));
                f.eventsPerType().forEach(r -> rows.add(List.of(msg("eventType." + r.type(), locale), n(r.events()))));
            }
            case "eventmonths" -> {
                List<Object> header = new ArrayList<>(List.of(msg("dashboard.month", locale)));
                f.eventTypes().forEach(t -> header.add(msg("eventType." + t, locale)));
                rows.add(header);
                f.eventMonths().forEach(m -> {
                    List<Object> row = new ArrayList<>(List.of(m.toString().substring(0, 7)));
                    f.eventTypes().forEach(t -> row.add(f.events(m, t)));
                    rows.add(row);
                });
            }
            case "destinations" -> {
                rows.add(List.of(msg("common.organisation", locale), msg("dashboard.count", locale)));
                f.scaleUpsByDestination().forEach(r -> rows.add(List.of(r.organisation(), n(r.scaleUps()))));
            }
            case "measurements" -> {
                rows.add(List.of(msg("dashboard.measurements.instrument", locale), msg("dashboard.measurements.measured", locale),
                        msg("dashboard.measurements.repeated", locale), msg("dashboard.measurements.first", locale),
                        msg("dashboard.measurements.latest", locale), msg("dashboard.measurements.change", locale),
                        msg("dashboard.measurements.up", locale), msg("dashboard.measurements.same", locale),
                        msg("dashboard.measurements.down", locale), msg("dashboard.measurements.averageLatest", locale)));
                f.instrumentResults().forEach(r -> rows.add(List.of(r.name(locale), n(r.clients()), n(r.repeated()),
                        avg(r.averageFirst(), r.changeShown()), avg(r.averageLatest(), r.changeShown()),
                        avg(r.averageChange(), r.changeShown()), r.changeShown() ? n(r.up()) : "",
                        r.changeShown() ? n(r.same()) : "", r.changeShown() ? n(r.down()) : "",
                        avg(r.averageLatestAll(), r.averageShown()))));
            }
            case "ladder" -> {
                rows.add(List.of(msg("dashboard.ladder.rung", locale), msg("dashboard.ladder.first", locale),
                        msg("dashboard.ladder.latest", locale)));
                f.ladder().forEach(r -> rows.add(List.of(r.rung() + " " + r.label(locale), n(r.first()), n(r.latest()))));
            }
            case "zrm" -> {
                rows.add(List.of(msg("measurement.domain", locale), msg("dashboard.measurements.repeated", locale),
                        msg("dashboard.measurements.first", locale), msg("dashboard.measurements.latest", locale),
                        msg("dashboard.measurements.change", locale)));
                f.matrixChanges().forEach(r -> rows.add(List.of(r.name(locale), n(r.clients()),
                        avg(r.averageFirst(), r.shown()), avg(r.averageLatest(), r.shown()), avg(r.averageChange(), r.shown()))));
            }
            case "waiting" -> {
                // names of clients: for the project leader's own follow-up, audited, never in the PDF
                rows.add(List.of(msg("dashboard.waiting.client", locale), msg("common.organisation", locale),
                        msg("dashboard.waiting.since", locale), msg("dashboard.waiting.days", locale),
                        msg("dashboard.waiting.bridging", locale)));
                f.openScaleUps().longestWaiting().forEach(w -> rows.add(List.of(w.client(),
                        w.destination() == null ? "" : w.destination(), w.waitingSince(), w.waitingDays(),
                        msg(w.bridging() ? "common.yes" : "common.no", locale))));
                auditLog.recordEach(AuditAction.EXPORT, f.openScaleUps().longestWaiting().stream()
                        .map(DashboardFigures.WaitingClient::clientId).toList(), AuditOutcome.ALLOWED);
            }
            case "rounds" -> {
                rows.add(List.of(msg("common.name", locale), msg("round.opensOn", locale), msg("round.closesOn", locale),
                        msg("round.measured", locale)));
                f.rounds().forEach(r -> rows.add(List.of(r.name(), r.opensOn(), r.closesOn(), n(r.measured()))));
            }
            default -> throw new NotFoundException("table");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("waakvlam-" + table + ".csv").build().toString())
                .body(SpreadsheetCsv.bytes(rows));
    }

    /** What the report covers besides the period: the track, organisation and coach chosen, by name. */
    private List<String> scope(DashboardFilter filter, Locale locale) {
        List<String> scope = new ArrayList<>();
        for (DashboardQueries.Option option : queries.options()) {
            Long chosen = switch (option.kind()) {
                case "track" -> filter.trackId();
                case "organisation" -> filter.organisationId();
                case "coach" -> filter.coachId();
                default -> null;
            };
            if (option.id().equals(chosen)) {
                scope.add(messages.getMessage("monitoring.scope." + option.kind(), new Object[]{option.label(locale)},
                        locale));
            }
        }
        return scope;
    }

    /** A count as exported: "< 5" for 1–4. */
    private static String n(long count) {
        return DashboardFigures.suppressed(count);
    }

    /** An average as exported: one decimal, or empty when the group is too small to show. */
    private static String avg(Double value, boolean shown) {
        return value == null || !shown ? "" : String.format(DUTCH_EXCEL, "%.1f", value);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** Decimal commas, as the semicolon-separated CSV is read by Dutch Excel. */
    static final Locale DUTCH_EXCEL = Locale.forLanguageTag("nl");
}
