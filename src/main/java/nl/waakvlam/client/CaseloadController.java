package nl.waakvlam.client;

import nl.waakvlam.organisation.OrganisationService;
import nl.waakvlam.security.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/** {@code GET /caseload}: the coach's own clients. */
@Controller
class CaseloadController {

    static final int PAGE_SIZE = 25;

    private final ClientService clients;
    private final OrganisationService organisations;
    private final Clock clock;

    CaseloadController(ClientService clients, OrganisationService organisations, Clock clock) {
        this.clients = clients;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping("/caseload")
    String caseload(@AuthenticationPrincipal CurrentUser coach, @RequestParam(defaultValue = "0") int page,
                    Model model) {
        Page<ClientListItem> caseload = clients.caseloadOf(coach.id(), PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("clients", caseload);
        model.addAttribute("organisations", organisations.byIds(caseload.stream()
                .map(ClientListItem::referringOrganisationId).filter(Objects::nonNull).distinct().toList()));
        model.addAttribute("today", LocalDate.now(clock));
        return "client/caseload";
    }
}
