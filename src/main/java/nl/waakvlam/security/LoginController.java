package nl.waakvlam.security;

import nl.waakvlam.shared.DemoMode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form; POST /login and POST /logout are handled by Spring Security. */
@Controller
class LoginController {

    private final DemoMode demoMode;
    private final MfaPolicy mfaPolicy;

    LoginController(DemoMode demoMode, MfaPolicy mfaPolicy) {
        this.demoMode = demoMode;
        this.mfaPolicy = mfaPolicy;
    }

    @GetMapping("/login")
    String login(Model model) {
        if (demoMode.isEnabled()) {
            model.addAttribute("demoAccounts", DemoMode.ACCOUNTS);
            model.addAttribute("demoPassword", DemoMode.PASSWORD);
            model.addAttribute("secondFactorEnforced", mfaPolicy.enforced());
        }
        return "security/login";
    }
}
