package nl.waakvlam.dashboard;

import nl.waakvlam.client.ClientService;
import nl.waakvlam.client.PhaseCount;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;

/** {@code GET /dashboard}: programme figures for the project leader. */
@Controller
class DashboardController {

    private final ClientService clients;

    DashboardController(ClientService clients) {
        this.clients = clients;
    }

    @GetMapping("/dashboard")
    String dashboard(Model model) {
        List<PhaseCount> phases = clients.countByPhase();
        model.addAttribute("phaseCounts", phases);
        model.addAttribute("totalClients", phases.stream().mapToLong(PhaseCount::clients).sum());
        return "dashboard/dashboard";
    }
}
