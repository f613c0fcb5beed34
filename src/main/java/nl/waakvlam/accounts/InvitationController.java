package nl.waakvlam.accounts;

import jakarta.validation.Valid;
import nl.waakvlam.security.AccountException;
import nl.waakvlam.security.AccountService;
import nl.waakvlam.security.UserSummary;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Optional;

/**
 * {@code /invitation/{token}}: the new user (or one who was sent a new link) chooses a password.
 * The link works once and for 72 hours; a used, expired or unknown link gets one plain page that
 * says to ask the administrator for a new one — the same page whichever it was.
 */
@Controller
class InvitationController {

    private final AccountService accounts;

    InvitationController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/invitation/{token}")
    String form(@PathVariable String token, Model model) {
        Optional<UserSummary> owner = accounts.linkOwner(token);
        if (owner.isEmpty()) {
            return "redirect:/invitation/invalid";
        }
        model.addAttribute("owner", owner.get());
        model.addAttribute("token", token);
        model.addAttribute("form", new AccountForms.ChoosePasswordForm());
        return "accounts/invitation";
    }

    @GetMapping("/invitation/invalid")
    @ResponseStatus(HttpStatus.GONE)
    String invalid() {
        return "accounts/invitation-invalid";
    }

    @PostMapping("/invitation/{token}")
    String choose(@PathVariable String token, @Valid @ModelAttribute("form") AccountForms.ChoosePasswordForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        Optional<UserSummary> owner = accounts.linkOwner(token);
        if (owner.isEmpty()) {
            return "redirect:/invitation/invalid";
        }
        if (!result.hasFieldErrors() && !form.getPassword().equals(form.getRepeat())) {
            result.rejectValue("repeat", "password.repeatDiffers");
        }
        if (!result.hasErrors()) {
            try {
                accounts.choosePassword(token, form.getPassword());
                redirect.addFlashAttribute("flash", "invitation.doneFlash");
                return "redirect:/login?welcome";
            } catch (AccountException e) {
                if (e.field() == null) {
                    return "redirect:/invitation/invalid";
                }
                result.rejectValue(e.field(), e.messageKey());
            }
        }
        // the template never writes a password back into the page
        model.addAttribute("owner", owner.get());
        model.addAttribute("token", token);
        return "accounts/invitation";
    }
}
