package nl.waakvlam.client;

import jakarta.servlet.http.HttpServletRequest;
import nl.waakvlam.reference.ReferenceData;
import nl.waakvlam.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;

/**
 * {@code GET /caseload}: the coach's today view — what needs attention first (flames going out
 * or flickering, follow-ups due), then their own and covered clients with rhythm and flame.
 */
@Controller
class CaseloadController {

    static final int PAGE_SIZE = 25;

    private final ClientQueries queries;
    private final ReferenceData referenceData;
    private final Clock clock;

    /** How many clients the "Today" list shows before it offers the rest. */
    static final int TODAY_SHOWN = 20;

    CaseloadController(ClientQueries queries, ReferenceData referenceData, Clock clock) {
        this.queries = queries;
        this.referenceData = referenceData;
        this.clock = clock;
    }

    @GetMapping("/caseload")
    String caseload(@AuthenticationPrincipal CurrentUser coach,
                    @RequestParam(required = false) String phase,
                    @RequestParam(required = false) Long track,
                    @RequestParam(required = false) String q,
                    @RequestParam(required = false) String today,
                    @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        // a one-tap attempt returns to this same list (page and filters), at the client's row
        model.addAttribute("listQuery", request.getQueryString());
        Phase phaseFilter = parsePhase(phase);
        boolean all = "ALL".equals(phase);
        String search = q == null ? null : q.strip();
        if (search != null && search.length() > 100) {
            search = search.substring(0, 100);
        }
        CaseloadToday view = queries.caseload(coach, new CaseloadFilter(phaseFilter, all, track, search),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        // the most urgent first; a long list (a big caseload after a holiday) is shown in full on request
        boolean wholeToday = "all".equals(today) || view.today().size() <= TODAY_SHOWN;
        model.addAttribute("todayList", wholeToday ? view.today() : view.today().subList(0, TODAY_SHOWN));
        model.addAttribute("todayTotal", view.today().size());
        model.addAttribute("todayShortened", !wholeToday);
        model.addAttribute("clients", view.rows());
        model.addAttribute("phases", Phase.COACHED);
        model.addAttribute("tracks", referenceData.activeTracks());
        model.addAttribute("selectedPhase", phaseFilter != null ? phaseFilter.name() : all ? "ALL" : "");
        model.addAttribute("selectedTrack", track);
        model.addAttribute("q", search);
        model.addAttribute("today", LocalDate.now(clock));
        return "client/caseload";
    }

    private static Phase parsePhase(String phase) {
        if (phase == null || phase.isBlank() || "ALL".equals(phase)) {
            return null;
        }
        try {
            return Phase.valueOf(phase);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
