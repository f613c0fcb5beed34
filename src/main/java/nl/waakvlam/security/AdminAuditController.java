package nl.waakvlam.security;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/audit}: who looked at or changed which client file, signed in, or changed which
 * account — ids only, never client content. (The accounts themselves are managed on
 * {@code /admin/users}, in the accounts module.)
 */
@Controller
class AdminAuditController {

    private final AuditLog auditLog;

    AdminAuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(required = false) Long client, @RequestParam(required = false) String user,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("events", auditLog.search(client, user, PageRequest.of(Math.max(page, 0), 50)));
        model.addAttribute("client", client);
        model.addAttribute("user", user);
        return "security/admin-audit";
    }
}
