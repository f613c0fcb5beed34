package nl.waakvlam.referral;

import jakarta.validation.Valid;
import nl.waakvlam.client.ClientFile;
import nl.waakvlam.client.ClientService;
import nl.waakvlam.client.LifecycleException;
import nl.waakvlam.client.LocalisedErrors;
import nl.waakvlam.client.Phase;
import nl.waakvlam.organisation.OrganisationService;
import nl.waakvlam.reference.ReferenceData;
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
import java.time.LocalTime;

/**
 * {@code /intake}: the project leader's queue of open referrals (oldest first), the decision
 * (accept, or decline with a reason from the list and advice), and matching with the ranked shortlist.
 */
@Controller
class IntakeController {

    static final int PAGE_SIZE = 25;

    private final ClientService clients;
    private final ReferralService referrals;
    private final CoachMatcher matcher;
    private final OrganisationService organisations;
    private final ReferenceData referenceData;
    private final Clock clock;

    IntakeController(ClientService clients, ReferralService referrals, CoachMatcher matcher,
                     OrganisationService organisations, ReferenceData referenceData, Clock clock) {
        this.clients = clients;
        this.referrals = referrals;
        this.matcher = matcher;
        this.organisations = organisations;
        this.referenceData = referenceData;
        this.clock = clock;
    }

    @GetMapping("/intake")
    String queue(@AuthenticationPrincipal CurrentUser projectLeader, @RequestParam(defaultValue = "0") int page,
                 Model model) {
        model.addAttribute("clients", referrals.intakeQueue(projectLeader, PageRequest.of(Math.max(page, 0),
                PAGE_SIZE)));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("zone", clock.getZone());
        return "referral/intake";
    }

    @GetMapping("/intake/{id}")
    String decision(@AuthenticationPrincipal CurrentUser projectLeader, @PathVariable Long id, Model model) {
        return show(projectLeader, id, new IntakeForms.DeclineForm(), newMatchForm(), model);
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
                   @Valid @ModelAttribute("declineForm") IntakeForms.DeclineForm form, BindingResult result,
                   Model model, RedirectAttributes redirect) {
        if (!referenceData.isActiveDeclineReason(form.getReasonCode())) {
            result.rejectValue("reasonCode", "intake.decline.reasonRequired");
        }
        if (!result.hasErrors()) {
            try {
                referrals.decline(projectLeader, id, form.getReasonCode(), form.getReason(), form.getAdvice(),
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
                 @Valid @ModelAttribute("matchForm") IntakeForms.MatchForm form, BindingResult result, Model model,
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
        return show(projectLeader, id, new IntakeForms.DeclineForm(), form, model);
    }

    private IntakeForms.MatchForm newMatchForm() {
        IntakeForms.MatchForm form = new IntakeForms.MatchForm();
        form.setMeetingDate(LocalDate.now(clock).plusDays(7));
        form.setMeetingTime(LocalTime.of(10, 0));
        return form;
    }

    private String show(CurrentUser projectLeader, Long id, IntakeForms.DeclineForm declineForm,
                        IntakeForms.MatchForm matchForm, Model model) {
        ClientFile file = clients.file(projectLeader, id);
        model.addAttribute("file", file);
        model.addAttribute("referral", referrals.view(id, file.access()));
        model.addAttribute("declineForm", declineForm);
        model.addAttribute("matchForm", matchForm);
        model.addAttribute("organisations", organisations.active());
        model.addAttribute("declineReasons", referenceData.declineReasons());
        if (file.phase() == Phase.ACCEPTED) {
            // the file already carries the wishes; no second load of the client
            model.addAttribute("candidates", matcher.shortlist(CoachMatcher.Wishes.of(file)));
        }
        return "referral/intake-decision";
    }
}
