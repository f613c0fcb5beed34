package nl.waakvlam.client;

import nl.waakvlam.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code GET /referrals}: the referrer's own referred clients and where they are now. */
@Controller
class ReferredClientsController {

    static final int PAGE_SIZE = 25;

    private final ClientService clients;

    ReferredClientsController(ClientService clients) {
        this.clients = clients;
    }

    @GetMapping("/referrals")
    String referrals(@AuthenticationPrincipal CurrentUser referrer, @RequestParam(defaultValue = "0") int page,
                     Model model) {
        model.addAttribute("clients", clients.referredBy(referrer.id(), PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "client/referrals";
    }
}
