package nl.waakvlam.backoffice;

import jakarta.validation.Valid;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.settings.ProgrammeSettings;
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

/**
 * The back office's pages ({@code /backoffice/**}, role BACKOFFICE): the client directory, the
 * call-back requests and taking a new one; and the coach's side of a request ({@code /callbacks/**},
 * role COACH): read it and mark it done.
 */
@Controller
class BackOfficeController {

    static final int PAGE_SIZE = 25;

    private final BackOfficeService backOffice;
    private final ProgrammeSettings settings;

    BackOfficeController(BackOfficeService backOffice, ProgrammeSettings settings) {
        this.backOffice = backOffice;
        this.settings = settings;
    }

    @GetMapping("/backoffice")
    String directory(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
                     @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("clients", backOffice.directory(user, q, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        model.addAttribute("centralPhone", settings.current().centralPhone());
        return "backoffice/directory";
    }

    @GetMapping("/backoffice/callbacks")
    String callbacks(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("open", backOffice.open(PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        model.addAttribute("done", backOffice.done(PageRequest.of(0, 10)));
        return "backoffice/callbacks";
    }

    @GetMapping("/backoffice/callbacks/new")
    String newCallback(@RequestParam Long client, Model model) {
        CallbackForm form = new CallbackForm();
        form.setClientId(client);
        model.addAttribute("form", form);
        return showForm(form, model);
    }

    @PostMapping("/backoffice/callbacks")
    String take(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") CallbackForm form,
                BindingResult result, Model model, RedirectAttributes redirect) {
        if (form.getClientId() == null) {
            return "redirect:/backoffice";
        }
        if (!result.hasErrors()) {
            try {
                backOffice.take(user, form);
                redirect.addFlashAttribute("flash", "callback.takenFlash");
                return "redirect:/backoffice/callbacks";
            } catch (CallbackException e) {
                result.rejectValue(e.field(), e.messageKey());
            }
        }
        return showForm(form, model);
    }

    private String showForm(CallbackForm form, Model model) {
        model.addAttribute("client", backOffice.client(form.getClientId()));
        model.addAttribute("callerKinds", CallbackRequest.CallerKind.values());
        model.addAttribute("urgencies", CallbackRequest.Urgency.values());
        return "backoffice/callback-new";
    }

    @GetMapping("/callbacks/{id}")
    String forCoach(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id, Model model) {
        model.addAttribute("callback", backOffice.forCoach(coach, id));
        return "backoffice/callback";
    }

    @PostMapping("/callbacks/{id}/done")
    String done(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id, RedirectAttributes redirect) {
        backOffice.markDone(coach, id);
        redirect.addFlashAttribute("flash", "callback.doneFlash");
        return "redirect:/callbacks/" + id;
    }
}
