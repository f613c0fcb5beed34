package nl.waakvlam.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import nl.waakvlam.shared.DemoMode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form; POST /login and POST /logout are handled by Spring Security. */
@Controller
class LoginController {

    private final DemoMode demoMode;
    private final MfaPolicy mfaPolicy;
    private final SsoProperties sso;

    private final AccountService accounts;

    LoginController(DemoMode demoMode, MfaPolicy mfaPolicy, SsoProperties sso, AccountService accounts) {
        this.accounts = accounts;
        this.demoMode = demoMode;
        this.mfaPolicy = mfaPolicy;
        this.sso = sso;
    }

    @GetMapping("/login")
    String login(Model model, HttpServletRequest request) {
        boolean passwordLogin = sso.passwordLoginAvailable();
        model.addAttribute("passwordLogin", passwordLogin);
        if (sso.enabled()) {
            model.addAttribute("sso", true);
            model.addAttribute("ssoOrganisation", sso.organisation());
            model.addAttribute("ssoRefusedName", takeRefusedName(request));
        }
        if (demoMode.isEnabled() && passwordLogin) {
            model.addAttribute("demoAccounts", DemoMode.ACCOUNTS);
            model.addAttribute("demoPassword", DemoMode.PASSWORD);
            model.addAttribute("secondFactorEnforced", mfaPolicy.enforced());
        }
        // an installation without any administrator has to start at /setup: say so where everyone arrives
        model.addAttribute("newInstallation", accounts.withRole(Role.ADMIN).isEmpty());
        return "security/login";
    }

    /** The name the provider gave for a refused single sign-on, shown once. */
    private static String takeRefusedName(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Object name = session.getAttribute(SsoLoginFailureHandler.REFUSED_NAME);
        session.removeAttribute(SsoLoginFailureHandler.REFUSED_NAME);
        return name instanceof String text ? text : null;
    }
}
