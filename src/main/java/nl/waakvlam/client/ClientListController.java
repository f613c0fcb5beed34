package nl.waakvlam.client;

import nl.waakvlam.organisation.OrganisationService;
import nl.waakvlam.reference.ReferenceData;
import nl.waakvlam.security.AccountService;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.security.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /clients}: the programme-wide client list for the project leader (search by name, filter
 * by phase, coach, track, referring organisation, flame and the dashboard's selections), and the
 * coach's own clients in the same form. Unknown filter values are ignored rather than refused, so
 * an old bookmark still shows a list.
 */
@Controller
class ClientListController {

    static final int PAGE_SIZE = 25;

    private final ClientQueries queries;
    private final ReferenceData referenceData;
    private final AccountService accounts;
    private final OrganisationService organisations;
    private final ObjectProvider<ClientSelection> selections;
    private final Clock clock;

    ClientListController(ClientQueries queries, ReferenceData referenceData, AccountService accounts,
                         OrganisationService organisations, ObjectProvider<ClientSelection> selections, Clock clock) {
        this.queries = queries;
        this.referenceData = referenceData;
        this.accounts = accounts;
        this.organisations = organisations;
        this.selections = selections;
        this.clock = clock;
    }

    @GetMapping("/clients")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
                @RequestParam(required = false) String phase, @RequestParam(required = false) Long coach,
                @RequestParam(required = false) Long track, @RequestParam(required = false) Long organisation,
                @RequestParam(required = false) String flame, @RequestParam(required = false) String need,
                @RequestParam(defaultValue = "0") int page, Model model) {
        boolean projectLeader = user.is(Role.PROJECT_LEADER);
        String search = q == null || q.isBlank() ? null : q.strip();
        if (search != null && search.length() > 100) {
            search = search.substring(0, 100);
        }
        List<String> needs = selections.orderedStream().map(ClientSelection::need).toList();
        ClientListFilter filter = new ClientListFilter(search, phase(phase), projectLeader ? coach : null, track,
                organisation, flame(flame), needs.contains(need) ? need : null);
        Page<CaseloadRow> clients = queries.list(user, filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("clients", clients);
        model.addAttribute("filter", filter);
        model.addAttribute("projectLeader", projectLeader);
        model.addAttribute("phases", Phase.values());
        model.addAttribute("flames", Flame.values());
        model.addAttribute("needs", needs);
        model.addAttribute("tracks", referenceData.activeTracks());
        model.addAttribute("organisations", projectLeader ? organisations.all() : List.of());
        model.addAttribute("coaches", projectLeader ? accounts.withRole(Role.COACH) : List.of());
        model.addAttribute("today", LocalDate.now(clock));
        return "client/list";
    }

    private static String phase(String phase) {
        if (ClientListFilter.ACTIVE.equals(phase)) {
            return phase;
        }
        return Arrays.stream(Phase.values()).map(Phase::name).filter(name -> name.equals(phase)).findFirst()
                .orElse(null);
    }

    private static Flame flame(String flame) {
        return Arrays.stream(Flame.values()).filter(f -> f.name().equals(flame)).findFirst().orElse(null);
    }
}
