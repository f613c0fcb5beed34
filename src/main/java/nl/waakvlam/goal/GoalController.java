package nl.waakvlam.goal;

import nl.waakvlam.reference.ReferenceData;
import nl.waakvlam.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;

/** Adding goals and recording progress on the client file (coaches of the client). */
@Controller
class GoalController {

    private final GoalService goals;
    private final ReferenceData referenceData;

    GoalController(GoalService goals, ReferenceData referenceData) {
        this.goals = goals;
        this.referenceData = referenceData;
    }

    @PostMapping("/clients/{id}/goals")
    String add(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id,
               @RequestParam(required = false) String description, @RequestParam(required = false) Long lifeDomainId,
               @RequestParam(required = false) GoalOwner owner, @RequestParam(required = false) LocalDate targetDate,
               RedirectAttributes redirect) {
        if (description == null || description.isBlank() || description.length() > 1000) {
            redirect.addFlashAttribute("flashError", "goal.descriptionRequired");
        } else if (!referenceData.isKnownLifeDomain(lifeDomainId)) {
            redirect.addFlashAttribute("flashError", "lifeDomain.unknown");
        } else {
            goals.add(coach, id, description, lifeDomainId, owner, targetDate);
            redirect.addFlashAttribute("flash", "goal.addedFlash");
        }
        return "redirect:/clients/" + id + "#goals";
    }

    @PostMapping("/clients/{id}/goals/{goalId}")
    String progress(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id, @PathVariable Long goalId,
                    @RequestParam long version, @RequestParam GoalStatus status,
                    @RequestParam(required = false) String note, RedirectAttributes redirect) {
        goals.progress(coach, id, goalId, version, status, note != null && note.length() > 1000
                ? note.substring(0, 1000) : note);
        redirect.addFlashAttribute("flash", "goal.updatedFlash");
        return "redirect:/clients/" + id + "#goals";
    }
}
