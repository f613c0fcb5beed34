package nl.waakvlam.dashboard;

import nl.waakvlam.security.AuditAction;
import nl.waakvlam.security.AuditLog;
import nl.waakvlam.security.AuditOutcome;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.security.Role;
import nl.waakvlam.shared.NotFoundException;
import nl.waakvlam.shared.SpreadsheetCsv;
import nl.waakvlam.shared.web.PdfDocuments;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code /dashboard/monitor}: the monitor report ("Monitorrapportage") per monitoring round or
 * period, by the external monitor's four themes, compared with the previous round; as a tagged PDF,
 * an {@code .xlsx} workbook with one sheet per table, and a CSV file per table. For the project
 * leader and the steering group; aggregated only.
 */
@Controller
class MonitorController {

    static final Pattern NUMBER = Pattern.compile("-?\\d+");

    private final MonitorQueries queries;
    private final MonitorTables tables;
    private final PdfDocuments pdfs;
    private final Clock clock;
    private final AuditLog auditLog;
    private final MessageSource messages;

    MonitorController(MonitorQueries queries, MonitorTables tables, PdfDocuments pdfs, Clock clock, AuditLog auditLog,
                      MessageSource messages) {
        this.auditLog = auditLog;
        this.messages = messages;
        this.queries = queries;
        this.tables = tables;
        this.pdfs = pdfs;
        this.clock = clock;
    }

    /** The report's period: a round (by default the latest that has closed), else the dates (three months). */
    record Report(MonitorFigures figures, MonitorFigures previous, String previousName, List<MonitorQueries.Round> rounds) {
    }

    Report report(Long round, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        List<MonitorQueries.Round> rounds = queries.rounds();
        MonitorQueries.Round chosen = null;
        if (round != null) {
            chosen = rounds.stream().filter(r -> r.id().equals(round)).findFirst()
                    .orElseThrow(() -> new NotFoundException("round"));
        } else if (from == null && to == null) {
            // the latest round that has closed (its answers are in), else the one running now
            chosen = rounds.stream().filter(r -> r.closesOn().isBefore(today)).reduce((a, b) -> b)
                    .or(() -> rounds.stream().filter(r -> !r.opensOn().isAfter(today)).reduce((a, b) -> b)).orElse(null);
        }
        if (chosen == null) {
            LocalDate end = to == null || to.isAfter(today) ? today : to;
            LocalDate start = from == null || from.isAfter(end) ? end.minusMonths(3) : from;
            return new Report(queries.figures(start, end, null, null), null, null, rounds);
        }
        MonitorQueries.Round current = chosen;
        MonitorQueries.Round before = rounds.stream().filter(r -> r.opensOn().isBefore(current.opensOn()))
                .reduce((a, b) -> b).orElse(null);
        return new Report(queries.figures(current.opensOn(), current.closesOn(), current.id(), current.name()),
                before == null ? null : queries.figures(before.opensOn(), before.closesOn(), before.id(), before.name()),
                before == null ? null : before.name(), rounds);
    }

    @GetMapping("/dashboard/monitor")
    String monitor(@RequestParam(required = false) Long round,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        Report report = report(round, from, to);
        model.addAttribute("report", report);
        model.addAttribute("f", report.figures());
        model.addAttribute("sections", tables.sections(report.figures(), report.previous(), locale));
        model.addAttribute("query", query(report.figures()));
        model.addAttribute("leader", user.is(Role.PROJECT_LEADER));
        return "dashboard/monitor";
    }

    @GetMapping("/dashboard/monitor.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) Long round,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               Locale locale) {
        Report report = report(round, from, to);
        byte[] pdf = pdfs.render("dashboard/monitor-pdf", locale, Map.of("report", report, "f", report.figures(),
                "sections", tables.sections(report.figures(), report.previous(), locale)));
        return file(pdf, MediaType.APPLICATION_PDF, name(report.figures()) + ".pdf");
    }

    @GetMapping("/dashboard/monitor.xlsx")
    ResponseEntity<byte[]> workbook(@RequestParam(required = false) Long round,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    Locale locale) {
        Report report = report(round, from, to);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            List<String> used = new ArrayList<>();
            for (MonitorTables.Section section : tables.sections(report.figures(), report.previous(), locale)) {
                for (MonitorTables.Table table : section.tables()) {
                    String name = WorkbookUtil.createSafeSheetName(table.id());
                    if (used.contains(name)) {
                        continue;
                    }
                    used.add(name);
                    Sheet sheet = workbook.createSheet(name);
                    Row title = sheet.createRow(0);
                    title.createCell(0).setCellValue(section.title() + " · " + table.title());
                    title.getCell(0).setCellStyle(bold);
                    Row header = sheet.createRow(1);
                    for (int c = 0; c < table.header().size(); c++) {
                        header.createCell(c).setCellValue(table.header().get(c));
                        header.getCell(c).setCellStyle(bold);
                    }
                    int r = 2;
                    for (List<String> values : table.rows()) {
                        Row row = sheet.createRow(r++);
                        for (int c = 0; c < values.size(); c++) {
                            String value = values.get(c);
                            // whole numbers as numbers, so the steering group's own sums work; "< 5" stays text
                            if (NUMBER.matcher(value).matches() && value.length() < 15) {
                                row.createCell(c).setCellValue(Long.parseLong(value));
                            } else {
                                row.createCell(c).setCellValue(value);
                            }
                        }
                    }
                    for (int c = 0; c < table.header().size(); c++) {
                        sheet.setColumnWidth(c, c == 1 && table.id().endsWith("questions") ? 60 * 256 : 24 * 256);
                    }
                }
            }
            workbook.write(out);
            return file(out.toByteArray(), MediaType.parseMediaType(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), name(report.figures()) + ".xlsx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The time spent per client, by name: for the project leader's own follow-up (never in the report or
     * for the steering group), audited as an export of each client's data.
     */
    @GetMapping("/dashboard/monitor/time-clients.csv")
    ResponseEntity<byte[]> timePerClient(@RequestParam(required = false) Long round,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                         Locale locale) {
        MonitorFigures period = report(round, from, to).figures();
        List<MonitorQueries.ClientTime> clients = queries.timePerClient(period.from(), period.to());
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(messages.getMessage("dashboard.waiting.client", null, locale),
                messages.getMessage("monitor.time.contactsAll", null, locale),
                messages.getMessage("monitor.time.minutes", null, locale),
                messages.getMessage("monitor.time.perMonth", null, locale),
                messages.getMessage("monitor.self.clientInitiated", null, locale)));
        for (MonitorQueries.ClientTime c : clients) {
            rows.add(List.of(c.client(), c.contacts(), c.minutes(), c.months() == 0 ? "" : Math.round((double) c.minutes() / c.months()),
                    c.clientInitiated()));
        }
        auditLog.recordEach(AuditAction.EXPORT, clients.stream().map(MonitorQueries.ClientTime::clientId).toList(),
                AuditOutcome.ALLOWED);
        return file(SpreadsheetCsv.bytes(rows), new MediaType("text", "csv", StandardCharsets.UTF_8),
                "waakvlam-tijd-per-client.csv");
    }

    @GetMapping("/dashboard/monitor/{table}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String table, @RequestParam(required = false) Long round,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               Locale locale) {
        Report report = report(round, from, to);
        MonitorTables.Table found = tables.sections(report.figures(), report.previous(), locale).stream()
                .flatMap(s -> s.tables().stream()).filter(t -> t.id().equals(table)).findFirst()
                .orElseThrow(() -> new NotFoundException("table"));
        List<List<String>> rows = new ArrayList<>();
        rows.add(found.header());
        rows.addAll(found.rows());
        return file(SpreadsheetCsv.bytes(rows), new MediaType("text", "csv", StandardCharsets.UTF_8),
                "waakvlam-monitor-" + table + ".csv");
    }

    /** The period as the links carry it. */
    static String query(MonitorFigures f) {
        return f.roundId() != null ? "round=" + f.roundId() : "from=" + f.from() + "&to=" + f.to();
    }

    private static String name(MonitorFigures f) {
        return "waakvlam-monitorrapportage-" + (f.roundId() != null ? "ronde-" + f.roundId() : f.from() + "-" + f.to());
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString()).body(body);
    }
}
