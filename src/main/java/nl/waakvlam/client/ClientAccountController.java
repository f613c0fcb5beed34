package nl.waakvlam.client;

import nl.waakvlam.security.AccountException;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.shared.BaseAddress;
import nl.waakvlam.shared.QrCodes;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.EnumSet;

/**
 * {@code /clients/{id}/client-account}: the coach's page for the client's own account: whether there
 * is one and whether it is used, an invitation shown once as a QR code to scan on a visit, closing it.
 */
@Controller
class ClientAccountController {

    private final ClientAccounts clientAccounts;
    private final ClientQueries queries;
    private final BaseAddress baseAddress;

    ClientAccountController(ClientAccounts clientAccounts, ClientQueries queries, BaseAddress baseAddress) {
        this.clientAccounts = clientAccounts;
        this.queries = queries;
        this.baseAddress = baseAddress;
    }

    @GetMapping("/clients/{id}/client-account")
    String page(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id, Model model) {
        return show(coach, id, null, model);
    }

    /**
     * Invites the client and shows the link at once, as the answer to this post: it is never kept
     * readable anywhere (not in the session either), only its hash in the account's links.
     */
    @PostMapping("/clients/{id}/client-account")
    String invite(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id, Model model,
                  RedirectAttributes redirect) {
        try {
            ClientAccounts.Invitation invitation = clientAccounts.invite(coach, id);
            return show(coach, id, invitation, model);
        } catch (LifecycleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        } catch (AccountException | DataIntegrityViolationException e) {
            // a disabled account, or a second click that made the account a moment earlier
            redirect.addFlashAttribute("flashError", "clientAccount.notNow");
        }
        return "redirect:/clients/" + id + "/client-account";
    }

    private String show(CurrentUser coach, Long id, ClientAccounts.Invitation invitation, Model model) {
        FileView view = queries.open(coach, id, EnumSet.of(ClientAccess.FULL));
        model.addAttribute("file", view.file());
        model.addAttribute("status", clientAccounts.status(id).orElse(null));
        model.addAttribute("guardians", clientAccounts.guardians(id));
        model.addAttribute("bases", ClientAccounts.LegalBasis.values());
        if (invitation != null) {
            String link = baseAddress.link("/invitation/" + invitation.token());
            model.addAttribute("invitation", invitation);
            model.addAttribute("link", link);
            model.addAttribute("qr", QrCodes.svg(link));
        }
        return "client/client-account";
    }

    /** A guardian gets the client's view: name and legal basis required, the link shown once. */
    @PostMapping("/clients/{id}/client-account/guardian")
    String inviteGuardian(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id,
                          @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String basis,
                          Model model, RedirectAttributes redirect) {
        ClientAccounts.LegalBasis legalBasis = java.util.Arrays.stream(ClientAccounts.LegalBasis.values())
                .filter(b -> b.name().equals(basis)).findFirst().orElse(null);
        String guardian = name.strip();
        if (guardian.isEmpty() || guardian.length() > 200 || legalBasis == null) {
            redirect.addFlashAttribute("flashError", "clientAccount.guardianIncomplete");
            return "redirect:/clients/" + id + "/client-account";
        }
        try {
            return show(coach, id, clientAccounts.inviteGuardian(coach, id, guardian, legalBasis), model);
        } catch (LifecycleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        } catch (AccountException | DataIntegrityViolationException e) {
            redirect.addFlashAttribute("flashError", "clientAccount.notNow");
        }
        return "redirect:/clients/" + id + "/client-account";
    }

    @PostMapping("/clients/{id}/client-account/guardian/{userId}/close")
    String closeGuardian(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id, @PathVariable Long userId,
                         RedirectAttributes redirect) {
        clientAccounts.closeGuardian(coach, id, userId);
        redirect.addFlashAttribute("flash", "clientAccount.guardianClosedFlash");
        return "redirect:/clients/" + id + "/client-account";
    }

    @PostMapping("/clients/{id}/client-account/close")
    String close(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id, RedirectAttributes redirect) {
        clientAccounts.close(coach, id);
        redirect.addFlashAttribute("flash", "clientAccount.closedFlash");
        return "redirect:/clients/" + id + "/client-account";
    }
}
