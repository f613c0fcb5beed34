package nl.waakvlam.client;

import jakarta.validation.Valid;
import nl.waakvlam.organisation.OrganisationService;
import nl.waakvlam.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;

/**
 * {@code /intake}: the project leader's queue of open referrals (oldest first), the decision
 * (accept, or decline with reason and advice), and matching with the ranked shortlist.
 */
@Controller
class IntakeController {

    static final int PAGE_SIZE = 25;

    private final ClientQueries queries;
    private final ReferralService referrals;
    private final CoachMatcher matcher;
    private final OrganisationService organisations;
    private final Clock clock;

    IntakeController(ClientQueries queries, ReferralService referrals, CoachMatcher matcher,
                     OrganisationService organisations, Clock clock) {
        this.queries = queries;
        this.referrals = referrals;
        this.matcher = matcher;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping("/intake")
    String queue(@AuthenticationPrincipal CurrentUser projectLeader, @RequestParam(defaultValue = "0") int page,
                 Model model) {
        model.addAttribute("clients", queries.intakeQueue(projectLeader, PageRequest.of(Math.max(page, 0),
                PAGE_SIZE)));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("zone", clock.getZone());
        return "client/intake";
    }

    @GetMapping("/intake/{id}")
    String decision(@AuthenticationPrincipal CurrentUser projectLeader, @PathVariable Long id, Model model) {
        return show(projectLeader, id, new DecisionForms.DeclineForm(), newMatchForm(), model);
    }

    @PostMapping("/intake/{id}/accept")
    String accept(@AuthenticationPrincipal CurrentUser projectLeader, @PathVariable Long id,
                  RedirectAttributes redirect) {
        try {
            referrals.accept(projectLeader, id);
            redirect.addFlashAttribute("flash", "intake.acceptedFlash");
        } catch (LifecycleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/intake/" + id;
    }

    @PostMapping("/intake/{id}/decline")
    String decline(@AuthenticationPrincipal CurrentUser projectLeader, @PathVariable Long id,
                   @Valid @ModelAttribute("declineForm") DecisionForms.DeclineForm form, BindingResult result,
                   Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                referrals.decline(projectLeader, id, form.getReason(), form.getAdvice(),
                        form.getAdvisedOrganisationId());
                redirect.addFlashAttribute("flash", "intake.declinedFlash");
                return "redirect:/intake";
            } catch (LifecycleException e) {
                LocalisedErrors.reject(result, e);
            }
        }
        return show(projectLeader, id, form, newMatchForm(), model);
    }

    @PostMapping("/intake/{id}/match")
    String match(@AuthenticationPrincipal CurrentUser projectLeader, @PathVariable Long id,
                 @Valid @ModelAttribute("matchForm") DecisionForms.MatchForm form, BindingResult result, Model model,
                 RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                referrals.match(projectLeader, id, form.getPrimaryCoachId(), form.getCoverCoachId(),
                        form.getRationale(), form.getMeetingDate().atTime(form.getMeetingTime()),
                        form.getMeetingPlace().trim());
                redirect.addFlashAttribute("flash", "intake.matchedFlash");
                return "redirect:/clients/" + id;
            } catch (LifecycleException e) {
                LocalisedErrors.reject(result, e);
            }
        }
        return show(projectLeader, id, new DecisionForms.DeclineForm(), form, model);
    }

    private DecisionForms.MatchForm newMatchForm() {
        DecisionForms.MatchForm form = new DecisionForms.MatchForm();
        form.setMeetingDate(LocalDate.now(clock).plusDays(7));
        form.setMeetingTime(java.time.LocalTime.of(10, 0));
        return form;
    }

    private String show(CurrentUser projectLeader, Long id, DecisionForms.DeclineForm declineForm,
                        DecisionForms.MatchForm matchForm, Model model) {
        ClientFile file = queries.file(projectLeader, id);
        model.addAttribute("file", file);
        model.addAttribute("declineForm", declineForm);
        model.addAttribute("matchForm", matchForm);
        model.addAttribute("organisations", organisations.all());
        if (file.phase() == Phase.ACCEPTED) {
            // the file already carries the wishes; no second load of the client
            model.addAttribute("candidates", matcher.shortlist(CoachMatcher.Wishes.of(file)));
        }
        return "client/intake-decision";
    }
}
