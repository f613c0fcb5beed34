package nl.waakvlam.dashboard;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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

    DashboardController(DashboardQueries queries, MessageSource messages, Clock clock,
                        MonitoringReport monitoringReport) {
        this.monitoringReport = monitoringReport;
        this.queries = queries;
        this.messages = messages;
        this.clock = clock;
    }

    DashboardFilter filter(LocalDate from, LocalDate to, Long track, Long organisation, Long coach) {
        LocalDate today = LocalDate.now(clock);
        LocalDate end = to == null || to.isAfter(today) ? today : to;
        LocalDate start = from == null || from.isAfter(end) ? end.minusMonths(3) : from;
        return new DashboardFilter(start, end, track, organisation, coach);
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     @RequestParam(required = false) Long track, @RequestParam(required = false) Long organisation,
                     @RequestParam(required = false) Long coach, Model model) {
        DashboardFilter filter = filter(from, to, track, organisation, coach);
        DashboardFigures figures = queries.figures(filter);
        model.addAttribute("filter", filter);
        model.addAttribute("f", figures);
        model.addAttribute("totalClients", figures.phases().stream().mapToLong(DashboardFigures.PhaseRow::clients).sum());
        model.addAttribute("maxPhase", figures.phases().stream().mapToLong(DashboardFigures.PhaseRow::clients).max().orElse(0));
        model.addAttribute("options", queries.options());
        return "dashboard/dashboard";
    }

    /** The monitoring report for the steering group: aggregated, small cells suppressed. */
    @GetMapping("/dashboard/monitoring.pdf")
    ResponseEntity<byte[]> monitoring(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long track, Locale locale) {
        // Per steering-group report the filter is period and track only: per organisation or coach the
        // groups get too small to publish.
        DashboardFilter filter = filter(from, to, track, null, null);
        byte[] pdf = monitoringReport.render(filter, queries.figures(filter), locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("waakvlam-monitoring-" + filter.from() + "-" + filter.to() + ".pdf").build().toString())
                .body(pdf);
    }

    @GetMapping("/dashboard/{table}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String table,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               @RequestParam(required = false) Long track, @RequestParam(required = false) Long organisation,
                               @RequestParam(required = false) Long coach, Locale locale) {
        DashboardFigures f = queries.figures(filter(from, to, track, organisation, coach));
        List<List<Object>> rows = new ArrayList<>();
        switch (table) {
            case "phases" -> {
                rows.add(List.of(msg("common.phase", locale), msg("dashboard.phases.count", locale)));
                f.phases().forEach(r -> rows.add(List.of(msg("phase." + r.phase().name(), locale), r.clients())));
            }
            case "funnel" -> {
                rows.add(List.of(msg("dashboard.funnel.step", locale), msg("dashboard.count", locale)));
                rows.add(List.of(msg("dashboard.funnel.submitted", locale), f.funnel().submitted()));
                rows.add(List.of(msg("dashboard.funnel.accepted", locale), f.funnel().accepted()));
                rows.add(List.of(msg("dashboard.funnel.declined", locale), f.funnel().declined()));
                rows.add(List.of(msg("dashboard.funnel.matched", locale), f.funnel().matched()));
                rows.add(List.of(msg("dashboard.funnel.started", locale), f.funnel().started()));
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
                f.eventsPerType().forEach(r -> rows.add(List.of(msg("eventType." + r.type(), locale), r.events())));
            }
            case "destinations" -> {
                rows.add(List.of(msg("common.organisation", locale), msg("dashboard.count", locale)));
                f.scaleUpsByDestination().forEach(r -> rows.add(List.of(r.organisation(), r.scaleUps())));
            }
            default -> throw new nl.waakvlam.shared.NotFoundException("table");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("waakvlam-" + table + ".csv").build().toString())
                .body(toCsv(rows).getBytes(StandardCharsets.UTF_8));
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** CSV with formula injection neutralised: a cell starting with =, +, -, @ gets a leading quote. */
    static String toCsv(List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(DashboardController::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static Object neutralise(Object cell) {
        if (cell instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return cell;
    }
}
