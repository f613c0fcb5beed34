package nl.waakvlam.security;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.waakvlam.shared.SpreadsheetCsv;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

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
    private final MessageSource messages;

    AdminAuditController(AuditTrailQueries queries, AuditLog auditLog, MessageSource messages) {
        this.queries = queries;
        this.auditLog = auditLog;
        this.messages = messages;
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
                  HttpServletResponse response, Locale locale) throws IOException {
        if (errors.hasErrors()) {
            return audit(filter, errors, model);
        }
        filter.setBeforeAt(null);
        filter.setBeforeId(null);
        auditLog.recordAdmin(AuditAction.EXPORT, "audit_event", null);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\""
                + words(locale, "admin.audit.csvFile") + "-"
                + LocalDateTime.now(AuditTrailQueries.ZONE).toLocalDate() + ".csv\"");
        SpreadsheetCsv csv = SpreadsheetCsv.to(response.getOutputStream());
        csv.row(List.of("admin.audit.when", "admin.audit.username", "common.name", "common.role", "admin.audit.action",
                "admin.audit.client", "admin.audit.entity", "admin.audit.entityId", "common.status",
                "admin.audit.address").stream().map(key -> words(locale, key)).toList());
        queries.each(filter, row -> csv.row(row.occurredAt(), row.username(), row.displayName(),
                row.role() == null ? "" : words(locale, "role." + row.role()), action(row, locale),
                row.clientId(), entity(row.entity(), locale), row.entityId(),
                words(locale, "auditOutcome." + row.outcome()), row.sourceAddress()));
        csv.flush();
        return null;
    }

    private String action(AuditTrailQueries.Row row, Locale locale) {
        String action = words(locale, "auditAction." + row.action());
        return row.needCategory() == null ? action
                : action + " (" + words(locale, "needCategory." + row.needCategory()) + ")";
    }

    /** What an audit row is about, in words ("Contactmoment"); a stored code without words as it is. */
    private String entity(String entity, Locale locale) {
        return entity == null ? "" : messages.getMessage("auditEntity." + entity, null, entity, locale);
    }

    private String words(Locale locale, String key) {
        return messages.getMessage(key, null, key, locale);
    }
}
