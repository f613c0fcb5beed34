package nl.waakvlam.accounts;

import jakarta.validation.Valid;
import nl.waakvlam.security.AccountException;
import nl.waakvlam.security.AccountService;
import nl.waakvlam.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /setup}: creates the first administrator with the one-time token from the log, then
 * answers 404 for good (also when an administrator already exists, and in demo mode).
 */
@Controller
class SetupController {

    private final SetupToken setupToken;
    private final AccountService accounts;

    SetupController(SetupToken setupToken, AccountService accounts) {
        this.setupToken = setupToken;
        this.accounts = accounts;
    }

    @GetMapping("/setup")
    String form(Model model) {
        requireOpen();
        model.addAttribute("form", new AccountForms.SetupForm());
        return "accounts/setup";
    }

    @PostMapping("/setup")
    String create(@Valid @ModelAttribute("form") AccountForms.SetupForm form, BindingResult result,
                  RedirectAttributes redirect) {
        requireOpen();
        if (!result.hasFieldErrors("token") && !setupToken.matches(form.getToken())) {
            result.rejectValue("token", "setup.tokenWrong");
        }
        if (!result.hasFieldErrors("password") && !result.hasFieldErrors("repeat")
                && !form.getPassword().equals(form.getRepeat())) {
            result.rejectValue("repeat", "password.repeatDiffers");
        }
        if (!result.hasErrors()) {
            try {
                accounts.createFirstAdministrator(form.getUsername(), form.getDisplayName().strip(),
                        form.getEmail() == null || form.getEmail().isBlank() ? null : form.getEmail().strip(),
                        form.getPassword());
                setupToken.close();
                redirect.addFlashAttribute("flash", "setup.doneFlash");
                return "redirect:/login";
            } catch (AccountException e) {
                if (e.field() == null) {
                    throw new NotFoundException("setup");
                }
                result.rejectValue(e.field(), e.messageKey());
            }
        }
        return "accounts/setup";
    }

    private void requireOpen() {
        if (!setupToken.open()) {
            throw new NotFoundException("setup");
        }
    }
}
