package nl.waakvlam.security;

import nl.waakvlam.organisation.OrganisationService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrator's pages: {@code /admin/users} (accounts) and {@code /admin/audit} (who looked
 * at or changed which client file — ids only, never client content).
 */
@Controller
class AdminUsersController {

    static final int PAGE_SIZE = 25;

    private final AccountService accounts;
    private final OrganisationService organisations;
    private final AuditLog auditLog;

    AdminUsersController(AccountService accounts, OrganisationService organisations, AuditLog auditLog) {
        this.accounts = accounts;
        this.organisations = organisations;
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

    @GetMapping("/admin/users")
    String users(@RequestParam(defaultValue = "0") int page, Model model) {
        Page<UserSummary> users = accounts.page(PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("users", users);
        model.addAttribute("organisations", organisations.byIds(
                users.stream().map(UserSummary::organisationId).filter(id -> id != null).distinct().toList()));
        return "security/admin-users";
    }
}
