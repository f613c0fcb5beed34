package nl.waakvlam.escalation;

import jakarta.validation.Valid;
import nl.waakvlam.client.LifecycleException;
import nl.waakvlam.client.LocalisedErrors;
import nl.waakvlam.client.Phase;
import nl.waakvlam.security.CurrentUser;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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
import java.util.Optional;

/**
 * Events on a client ({@code /clients/{id}/events/new}), scale-up progress, the early-warning
 * plan and the plan of action with mandate advice. Coaches of the client only.
 */
@Controller
class EventController {

    private final EventService events;
    private final Clock clock;

    EventController(EventService events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @GetMapping("/clients/{id}/events/new")
    String newEvent(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id,
                    @RequestParam(required = false) EventType type, @RequestParam(required = false) LocalDate on,
                    Model model) {
        EventForm form = new EventForm();
        form.setType(type);
        form.setOccurredOn(on == null ? LocalDate.now(clock) : on);
        return show(coach, id, form, model);
    }

    @PostMapping("/clients/{id}/events/new")
    String record(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id,
                  @Valid @ModelAttribute("form") EventForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Optional<Phase> moved = events.record(coach, id, form.toDetails(), form.getNewOrganisationName(),
                        form.getReturnFromScaleUpId());
                if (moved.isPresent()) {
                    redirect.addFlashAttribute("flash", "event.recordedMovedFlash");
                    redirect.addFlashAttribute("flashArgs", new Object[]{
                            new DefaultMessageSourceResolvable("phase." + moved.get().name())});
                } else {
                    redirect.addFlashAttribute("flash", "event.recordedFlash");
                }
                return "redirect:/clients/" + id;
            } catch (EventException e) {
                Object[] args = localisable(e.arguments());
                if (e.field() != null) {
                    result.rejectValue(e.field(), e.messageKey(), args, e.messageKey());
                } else {
                    result.reject(e.messageKey(), args, e.messageKey());
                }
            } catch (LifecycleException e) {
                result.reject(e.messageKey(), localisable(e.arguments()), e.messageKey());
            }
        }
        return show(coach, id, form, model);
    }

    private static Object[] localisable(Object[] arguments) {
        return LocalisedErrors.localisable(arguments);
    }

    private String show(CurrentUser coach, Long id, EventForm form, Model model) {
        EventService.FormContext context = events.formContext(coach, id);
        model.addAttribute("context", context);
        model.addAttribute("client", context.client());
        model.addAttribute("form", form);
        model.addAttribute("types", EventType.values());
        model.addAttribute("sources", SignalSource.values());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("formStatuses", ReferralFormStatus.values());
        model.addAttribute("transitionTypes", TransitionType.values());
        return "escalation/form";
    }

    @PostMapping("/clients/{id}/events/{eventId}/scale-up")
    String updateScaleUp(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id, @PathVariable Long eventId,
                         @RequestParam long version, @RequestParam ReferralFormStatus referralFormStatus,
                         @RequestParam(required = false) LocalDate expectedStart,
                         @RequestParam ScaleUpOutcome outcome, RedirectAttributes redirect) {
        try {
            events.updateScaleUp(coach, id, eventId, version, referralFormStatus, expectedStart, outcome);
            redirect.addFlashAttribute("flash", "event.scaleUpUpdatedFlash");
        } catch (EventException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/clients/" + id;
    }

    @PostMapping("/clients/{id}/events/{eventId}/follow-up-done")
    String followUpDone(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id,
                        @PathVariable Long eventId, RedirectAttributes redirect) {
        events.followUpDone(coach, id, eventId);
        redirect.addFlashAttribute("flash", "contact.followUpDoneFlash");
        return "redirect:/clients/" + id;
    }

    @PostMapping("/clients/{id}/warning-signs")
    String addWarningSign(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id,
                          @RequestParam(required = false) String sign, @RequestParam(required = false) String action,
                          @RequestParam(required = false) String whoActs, RedirectAttributes redirect) {
        if (blank(sign) || blank(action) || blank(whoActs) || sign.length() > 500 || action.length() > 1000
                || whoActs.length() > 200) {
            redirect.addFlashAttribute("flashError", "warningPlan.incomplete");
        } else {
            events.addWarningSign(coach, id, sign, action, whoActs);
            redirect.addFlashAttribute("flash", "warningPlan.addedFlash");
        }
        return "redirect:/clients/" + id + "#warning-plan";
    }

    @PostMapping("/clients/{id}/warning-signs/{signId}/retire")
    String retireWarningSign(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id,
                             @PathVariable Long signId, RedirectAttributes redirect) {
        events.retireWarningSign(coach, id, signId);
        redirect.addFlashAttribute("flash", "warningPlan.retiredFlash");
        return "redirect:/clients/" + id + "#warning-plan";
    }

    @PostMapping("/clients/{id}/plan/actions")
    String addAction(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id,
                     @RequestParam(required = false) Long lifeDomainId, @RequestParam(required = false) String description,
                     @RequestParam(required = false) ActionOwner owner,
                     @RequestParam(required = false) Long organisationId,
                     @RequestParam(required = false) LocalDate dueOn, RedirectAttributes redirect) {
        if (blank(description) || owner == null || description.length() > 1000) {
            redirect.addFlashAttribute("flashError", "plan.incomplete");
        } else {
            try {
                events.addAction(coach, id, lifeDomainId, description, owner, organisationId, dueOn);
                redirect.addFlashAttribute("flash", "plan.addedFlash");
            } catch (EventException e) {
                redirect.addFlashAttribute("flashError", e.messageKey());
            }
        }
        return "redirect:/clients/" + id + "#action-plan";
    }

    @PostMapping("/clients/{id}/plan/actions/{actionId}")
    String updateAction(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id,
                        @PathVariable Long actionId, @RequestParam long version, @RequestParam ActionStatus status,
                        @RequestParam(required = false) String checkedWithOrganisation, RedirectAttributes redirect) {
        events.updateAction(coach, id, actionId, version, status, checkedWithOrganisation);
        redirect.addFlashAttribute("flash", "plan.updatedFlash");
        return "redirect:/clients/" + id + "#action-plan";
    }

    @PostMapping("/clients/{id}/plan/mandates")
    String addMandate(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id,
                      @RequestParam(required = false) Long organisationId,
                      @RequestParam(required = false) Long lifeDomainId, @RequestParam(required = false) String advice,
                      @RequestParam(required = false) LocalDate sentOn, RedirectAttributes redirect) {
        if (organisationId == null || blank(advice) || sentOn == null || advice.length() > 2000) {
            redirect.addFlashAttribute("flashError", "plan.mandateIncomplete");
        } else {
            try {
                events.addMandate(coach, id, organisationId, lifeDomainId, advice, sentOn);
                redirect.addFlashAttribute("flash", "plan.mandateAddedFlash");
            } catch (EventException e) {
                redirect.addFlashAttribute("flashError", e.messageKey());
            }
        }
        return "redirect:/clients/" + id + "#action-plan";
    }

    @PostMapping("/clients/{id}/plan/mandates/{mandateId}/decision")
    String decideMandate(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id,
                         @PathVariable Long mandateId, @RequestParam MandateDecision decision,
                         @RequestParam(required = false) String reason,
                         @RequestParam(required = false) LocalDate decidedOn, RedirectAttributes redirect) {
        try {
            events.decideMandate(coach, id, mandateId, decision, reason, decidedOn);
            redirect.addFlashAttribute("flash", "plan.mandateDecidedFlash");
        } catch (EventException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/clients/" + id + "#action-plan";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
