package nl.waakvlam.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/**
 * The second factor: {@code /mfa} asks for the code after the password (or leads a user who must
 * have one but has none yet to enrolment), {@code /account/mfa} enrols an authenticator app with a
 * QR code and a typed code, and then shows the ten recovery codes once.
 */
@Controller
class SecondFactorController {

    static final String PENDING_SECRET = "waakvlam.mfa.pendingSecret";

    private final SecondFactorService secondFactors;
    private final MfaPolicy policy;
    private final SignedInSession session;

    SecondFactorController(SecondFactorService secondFactors, MfaPolicy policy, SignedInSession session) {
        this.secondFactors = secondFactors;
        this.policy = policy;
        this.session = session;
    }

    @GetMapping("/mfa")
    String askForCode(@AuthenticationPrincipal CurrentUser user) {
        if (hasSecondFactorInSession()) {
            return "redirect:/";
        }
        return secondFactors.enrolled(user.id()) ? "security/mfa-code" : "redirect:/account/mfa";
    }

    @PostMapping("/mfa")
    String checkCode(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String code,
                     Model model, HttpServletRequest request, HttpServletResponse response,
                     RedirectAttributes redirect) {
        SecondFactorService.Outcome outcome = secondFactors.verify(user.id(), code);
        switch (outcome) {
            case ACCEPTED, RECOVERY_CODE_ACCEPTED -> {
                session.addSecondFactor(user, request, response);
                if (outcome == SecondFactorService.Outcome.RECOVERY_CODE_ACCEPTED) {
                    redirect.addFlashAttribute("flash", "secondFactor.recoveryUsedFlash");
                    redirect.addFlashAttribute("flashArgs", new Object[]{secondFactors.recoveryCodesLeft(user.id())});
                    return "redirect:/account/mfa";
                }
                return "redirect:/";
            }
            case WAIT -> model.addAttribute("codeError", "secondFactor.wait");
            case LOCKED -> model.addAttribute("codeError", "secondFactor.locked");
            default -> model.addAttribute("codeError", "secondFactor.codeWrong");
        }
        return "security/mfa-code";
    }

    @GetMapping("/account/mfa")
    String enrolment(@AuthenticationPrincipal CurrentUser user, Model model, HttpSession httpSession) {
        SecondFactorService.Enrolment enrolment = secondFactors.newEnrolment(user);
        httpSession.setAttribute(PENDING_SECRET, enrolment.secret());
        return showEnrolment(user, enrolment, model);
    }

    @PostMapping("/account/mfa")
    String confirm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String code, Model model,
                   HttpSession httpSession, HttpServletRequest request, HttpServletResponse response) {
        Object pending = httpSession.getAttribute(PENDING_SECRET);
        String secret = pending instanceof String s ? s : null;
        // someone already enrolled proves the factor before replacing it
        if (secondFactors.enrolled(user.id()) && !hasSecondFactorInSession()) {
            return "redirect:/mfa";
        }
        try {
            List<String> codes = secondFactors.confirmEnrolment(user.id(), secret, code);
            httpSession.removeAttribute(PENDING_SECRET);
            session.addSecondFactor(user, request, response);
            model.addAttribute("recoveryCodes", codes);
            return "security/mfa-recovery-codes";
        } catch (AccountException e) {
            model.addAttribute("codeError", e.messageKey());
            if (secret == null) {
                return enrolment(user, model, httpSession);
            }
            return showEnrolment(user, secondFactors.enrolment(user, secret), model);
        }
    }

    private String showEnrolment(CurrentUser user, SecondFactorService.Enrolment enrolment, Model model) {
        model.addAttribute("enrolment", enrolment);
        model.addAttribute("enrolled", secondFactors.enrolled(user.id()));
        model.addAttribute("required", policy.requiredFor(user.role()));
        model.addAttribute("recoveryLeft", secondFactors.recoveryCodesLeft(user.id()));
        return "security/mfa-enrol";
    }

    private static boolean hasSecondFactorInSession() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> MfaPolicy.FACTOR.equals(a.getAuthority()) || MfaPolicy.IDP_FACTOR.equals(a.getAuthority()));
    }
}
