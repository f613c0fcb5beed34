package nl.waakvlam.security;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

/**
 * {@code /admin/audit}: who looked at or changed which client file, signed in, or changed which
 * account — ids and names of users, never client content — filtered by period, user, client, action
 * and outcome, paged by keyset; {@code /admin/audit.csv} exports the same selection (itself audited).
 * (The accounts themselves are managed on {@code /admin/users}, in the accounts module.)
 */
@Controller
class AdminAuditController {

    static final int PAGE_SIZE = 50;

    private final AuditTrailQueries queries;
    private final AuditLog auditLog;
    AdminAuditController(AuditTrailQueries queries, AuditLog auditLog) {
        this.queries = queries;
        this.auditLog = auditLog;
    }

    @GetMapping("/admin/audit")
    String audit(@Valid @ModelAttribute("filter") AuditFilter filter, BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            model.addAttribute("events", new AuditTrailQueries.Page(List.of(), null, null));
        } else {
            model.addAttribute("events", queries.page(filter, PAGE_SIZE));
        }
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("outcomes", AuditOutcome.values());
        return "security/admin-audit";
    }

    @GetMapping("/admin/audit.csv")
    String export(@Valid @ModelAttribute("filter") AuditFilter filter, BindingResult errors, Model model,
                  HttpServletResponse response) throws IOException {
        if (errors.hasErrors()) {
            return audit(filter, errors, model);
        }
        filter.setBeforeAt(null);
        filter.setBeforeId(null);
        auditLog.recordAdmin(AuditAction.EXPORT, "audit_event", null);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"toegangslog-"
                + LocalDateTime.now(AuditTrailQueries.ZONE).toLocalDate() + ".csv\"");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            csv.printRecord("occurred_at", "username", "display_name", "role", "action", "client_id", "entity",
                    "entity_id", "outcome", "source_address");
            queries.each(filter, row -> {
                try {
                    csv.printRecord(row.occurredAt(), safe(row.username()), safe(row.displayName()),
                            row.role() == null ? "" : row.role().name(), row.action().name(),
                            row.clientId() == null ? "" : row.clientId(), safe(row.entity()),
                            row.entityId() == null ? "" : row.entityId(), row.outcome().name(),
                            safe(row.sourceAddress()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return null;
    }

    /**
     * A typed user name from a failed sign-in is anyone's text: a leading {@code = + - @} would make a
     * spreadsheet run it as a formula, so such a value gets a leading apostrophe.
     */
    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
