package nl.waakvlam.security;

import nl.waakvlam.organisation.OrganisationService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code GET /admin/users}: the administrator's list of accounts, paginated. */
@Controller
class AdminUsersController {

    static final int PAGE_SIZE = 25;

    private final AccountService accounts;
    private final OrganisationService organisations;

    AdminUsersController(AccountService accounts, OrganisationService organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
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
