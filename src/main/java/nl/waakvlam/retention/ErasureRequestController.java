package nl.waakvlam.retention;

import jakarta.validation.Valid;
import nl.waakvlam.client.ClientAccess;
import nl.waakvlam.client.ClientGate;
import nl.waakvlam.client.ClientHeader;
import nl.waakvlam.security.AuditAction;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.security.Role;
import nl.waakvlam.shared.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Set;

/** {@code /clients/{id}/erasure}: the project leader requests the erasure of a client's file. */
@Controller
class ErasureRequestController {

    private final ErasureService erasures;
    private final ClientGate gate;

    ErasureRequestController(ErasureService erasures, ClientGate gate) {
        this.erasures = erasures;
        this.gate = gate;
    }

    @GetMapping("/clients/{id}/erasure")
    String form(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        model.addAttribute("client", header(user, id));
        model.addAttribute("open", erasures.openRequest(id));
        model.addAttribute("form", new ErasureRequestForm());
        return "retention/erasure-request";
    }

    @PostMapping("/clients/{id}/erasure")
    String request(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
                   @Valid @ModelAttribute("form") ErasureRequestForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("client", header(user, id));
            model.addAttribute("open", erasures.openRequest(id));
            return "retention/erasure-request";
        }
        if (!user.is(Role.PROJECT_LEADER)) {
            throw new NotFoundException("client");
        }
        try {
            erasures.request(user, id, form.getReason());
            redirect.addFlashAttribute("flash", "retention.erasure.requestedFlash");
        } catch (ErasureException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/clients/" + id;
    }

    private ClientHeader header(CurrentUser user, Long id) {
        if (!user.is(Role.PROJECT_LEADER)) {
            throw new NotFoundException("client");
        }
        return gate.open(user, id, Set.of(ClientAccess.METADATA), AuditAction.VIEW, "erasure_request", null);
    }
}
