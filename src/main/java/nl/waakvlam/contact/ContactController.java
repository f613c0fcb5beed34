package nl.waakvlam.contact;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.waakvlam.client.ClientHeader;
import nl.waakvlam.reference.ReferenceData;
import nl.waakvlam.security.CurrentUser;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The quick contact log ({@code /clients/{id}/contacts/new}), one-tap attempts, correcting,
 * deleting and closing follow-ups, and the coach's own week ({@code /caseload/week}).
 */
@Controller
class ContactController {

    private final ContactService contacts;
    private final ReferenceData referenceData;
    private final Clock clock;

    ContactController(ContactService contacts, ReferenceData referenceData, Clock clock) {
        this.contacts = contacts;
        this.referenceData = referenceData;
        this.clock = clock;
    }

    @GetMapping("/clients/{id}/contacts/new")
    String newContact(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id,
                      @RequestParam(required = false) String from, @RequestParam(required = false) String type,
                      Model model) {
        ClientHeader client = contacts.clientForLogging(coach, id);
        ContactForm form = new ContactForm();
        form.setOccurredAt(LocalDateTime.now(clock).withSecond(0).withNano(0));
        form.setFrom(from);
        // a kind chosen elsewhere (the warm handover visit on the handover summary); anything else is ignored
        for (ContactType kind : ContactType.values()) {
            if (kind.name().equals(type)) {
                form.setType(kind);
            }
        }
        return showForm(client, form, null, model);
    }

    @PostMapping("/clients/{id}/contacts/new")
    String log(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id,
               @Valid @ModelAttribute("form") ContactForm form, BindingResult result, Model model,
               RedirectAttributes redirect) {
        checkNotInFuture(form, result);
        if (!result.hasErrors()) {
            try {
                contacts.log(coach, id, form.toDetails(clock.getZone()));
                redirect.addFlashAttribute("flash", form.getOutcome().reached()
                        ? "contact.loggedFlash" : "contact.attemptLoggedFlash");
                if (form.isAlsoSignal()) {
                    // the event module owns signals; hand over by URL so contact does not depend on it
                    return "redirect:/clients/" + id + "/events/new?type=SIGNAL&on=" + form.getOccurredAt().toLocalDate();
                }
                return form.returnsToCaseload() ? "redirect:/caseload" : "redirect:/clients/" + id;
            } catch (ContactException e) {
                reject(result, e);
            }
        }
        return showForm(contacts.clientForLogging(coach, id), form, null, model);
    }

    @PostMapping("/clients/{id}/contacts/attempt")
    String attempt(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id,
                   @RequestParam ContactOutcome outcome, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String back, RedirectAttributes redirect) {
        String name = contacts.attempt(coach, id, outcome);
        redirect.addFlashAttribute("flash", "contact.attemptLoggedFor." + outcome);
        redirect.addFlashAttribute("flashArgs", new Object[]{name});
        redirect.addFlashAttribute("attemptClient", id);
        // back on the same page of the list, at the client's row, instead of the top of page one
        return "caseload".equals(from) ? "redirect:/caseload" + listQuery(back) + "#client-" + id
                : "redirect:/clients/" + id;
    }

    /** The list's own query ("page=2&phase=INTENSIVE"), only when it is nothing but a query. */
    static String listQuery(String back) {
        return back != null && back.matches("[A-Za-z0-9_=&%.+-]{1,300}") ? "?" + back : "";
    }

    @GetMapping("/clients/{id}/contacts/{contactId}/edit")
    String edit(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id, @PathVariable Long contactId,
                Model model) {
        EditableContact editable = contacts.forEdit(coach, id, contactId);
        return showForm(editable.client(), ContactForm.from(editable.details(), editable.version(), clock.getZone()),
                contactId, model);
    }

    @PostMapping("/clients/{id}/contacts/{contactId}/edit")
    String correct(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id, @PathVariable Long contactId,
                   @Valid @ModelAttribute("form") ContactForm form, BindingResult result, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        checkNotInFuture(form, result);
        if (!result.hasErrors()) {
            try {
                contacts.correct(coach, id, contactId, form.getVersion(), form.toDetails(clock.getZone()));
                redirect.addFlashAttribute("flash", "contact.correctedFlash");
                return "redirect:/clients/" + id + "#contact-" + contactId;
            } catch (ContactException e) {
                reject(result, e);
            } catch (ObjectOptimisticLockingFailureException e) {
                return conflict(coach, id, contactId, form, model, response);
            }
        }
        EditableContact editable = contacts.forEdit(coach, id, contactId);
        return showForm(editable.client(), form, contactId, model);
    }

    @PostMapping("/clients/{id}/contacts/{contactId}/delete")
    String delete(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id, @PathVariable Long contactId,
                  @RequestParam long version, @RequestParam(required = false) String reason, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        try {
            contacts.delete(coach, id, contactId, version, reason);
            redirect.addFlashAttribute("flash", "contact.deletedFlash");
            return "redirect:/clients/" + id;
        } catch (ContactException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:/clients/" + id + "/contacts/" + contactId + "/edit";
        } catch (ObjectOptimisticLockingFailureException e) {
            EditableContact editable = contacts.forEdit(coach, id, contactId);
            return conflict(coach, id, contactId, ContactForm.from(editable.details(), version, clock.getZone()),
                    model, response);
        }
    }

    @PostMapping("/clients/{id}/contacts/{contactId}/follow-up-done")
    String followUpDone(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id,
                        @PathVariable Long contactId, @RequestParam(required = false) String from,
                        RedirectAttributes redirect) {
        contacts.followUpDone(coach, id, contactId);
        redirect.addFlashAttribute("flash", "contact.followUpDoneFlash");
        return "caseload".equals(from) ? "redirect:/caseload" : "redirect:/clients/" + id;
    }

    @GetMapping("/caseload/week")
    String week(@AuthenticationPrincipal CurrentUser coach, @RequestParam(required = false) LocalDate day,
                Model model) {
        LocalDate today = LocalDate.now(clock);
        WeekSummary week = contacts.week(coach, day == null ? today : day);
        model.addAttribute("week", week);
        model.addAttribute("previous", week.monday().minusDays(7));
        model.addAttribute("next", week.monday().plusDays(7).isAfter(today) ? null : week.monday().plusDays(7));
        return "contact/week";
    }

    /** Both versions side by side; nothing is saved and nothing the user typed is lost. */
    private String conflict(CurrentUser coach, Long id, Long contactId, ContactForm mine, Model model,
                            HttpServletResponse response) {
        EditableContact current = contacts.forEdit(coach, id, contactId);
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("client", current.client());
        model.addAttribute("mine", mine);
        model.addAttribute("theirs", ContactForm.from(current.details(), current.version(), clock.getZone()));
        model.addAttribute("contactId", contactId);
        List<Long> chosen = new ArrayList<>(mine.getLifeDomainIds());
        chosen.addAll(current.details().domainList());
        model.addAttribute("domains", referenceData.lifeDomainsWith(chosen));
        return "contact/conflict";
    }

    private void checkNotInFuture(ContactForm form, BindingResult result) {
        if (form.getOccurredAt() != null && form.getOccurredAt().atZone(clock.getZone()).toInstant()
                .isAfter(clock.instant().plus(ContactMoment.FUTURE_TOLERANCE))) {
            result.rejectValue("occurredAt", "contact.inFuture");
        }
    }

    private static void reject(BindingResult result, ContactException e) {
        if (e.field() != null) {
            result.rejectValue(e.field(), e.messageKey());
        } else {
            result.reject(e.messageKey());
        }
    }

    private String showForm(ClientHeader client, ContactForm form, Long contactId, Model model) {
        model.addAttribute("client", client);
        model.addAttribute("form", form);
        model.addAttribute("contactId", contactId);
        model.addAttribute("outcomes", ContactOutcome.values());
        model.addAttribute("types", ContactType.values());
        model.addAttribute("initiators", InitiatedBy.values());
        model.addAttribute("timeKinds", TimeKind.values());
        model.addAttribute("elements", WorkingElement.values());
        // a retired life domain stays on the form of a contact that already names it
        model.addAttribute("domains", referenceData.lifeDomainsWith(form.getLifeDomainIds()));
        return "contact/form";
    }
}
