package nl.waakvlam.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.waakvlam.notification.NotificationService;
import nl.waakvlam.notification.NotificationType;
import nl.waakvlam.security.AccountDetails;
import nl.waakvlam.security.AccountException;
import nl.waakvlam.security.AccountService;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.security.MfaPolicy;
import nl.waakvlam.security.SecondFactorService;
import nl.waakvlam.security.SignedInSession;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code /account}: every user's own account — a new password (the current one required), the
 * language the application speaks to them, which notifications also come by e-mail, and signing
 * out on every other device.
 */
@Controller
class OwnAccountController {

    static final Set<String> LANGUAGES = Set.of("nl", "en");

    private final AccountService accounts;
    private final NotificationService notifications;
    private final SignedInSession session;
    private final LocaleResolver localeResolver;
    private final SecondFactorService secondFactors;
    private final MfaPolicy mfaPolicy;

    OwnAccountController(AccountService accounts, NotificationService notifications, SignedInSession session,
                         LocaleResolver localeResolver, SecondFactorService secondFactors, MfaPolicy mfaPolicy) {
        this.secondFactors = secondFactors;
        this.mfaPolicy = mfaPolicy;
        this.accounts = accounts;
        this.notifications = notifications;
        this.session = session;
        this.localeResolver = localeResolver;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("passwordForm", new AccountForms.ChangePasswordForm());
        return show(user, model);
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal CurrentUser user,
                          @Valid @ModelAttribute("passwordForm") AccountForms.ChangePasswordForm form,
                          BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
                          RedirectAttributes redirect) {
        if (!result.hasFieldErrors("newPassword") && !result.hasFieldErrors("repeat")
                && !form.getNewPassword().equals(form.getRepeat())) {
            result.rejectValue("repeat", "password.repeatDiffers");
        }
        if (!result.hasErrors()) {
            try {
                int epoch = accounts.changePassword(user, form.getCurrentPassword(), form.getNewPassword());
                session.continueAfterEndingOthers(user, epoch, request, response);
                redirect.addFlashAttribute("flash", "account.passwordChangedFlash");
                return "redirect:/account";
            } catch (AccountException e) {
                result.rejectValue(e.field(), e.messageKey());
            }
        }
        // the template never writes a password back into the page
        return show(user, model);
    }

    @PostMapping("/account/language")
    String language(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String language,
                    HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (language != null && LANGUAGES.contains(language)) {
            accounts.preferLanguage(user, language);
            localeResolver.setLocale(request, response, Locale.forLanguageTag(language));
            redirect.addFlashAttribute("flash", "account.languageSavedFlash");
        }
        return "redirect:/account";
    }

    @PostMapping("/account/email")
    String email(@AuthenticationPrincipal CurrentUser user,
                 @RequestParam(name = "email", required = false) List<NotificationType> email,
                 RedirectAttributes redirect) {
        notifications.savePreferences(user.id(), email == null ? List.of() : email);
        redirect.addFlashAttribute("flash", "inbox.preferencesSavedFlash");
        return "redirect:/account#email";
    }

    @PostMapping("/account/sessions")
    String signOutElsewhere(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request,
                            HttpServletResponse response, RedirectAttributes redirect) {
        int epoch = accounts.endOtherSessions(user);
        session.continueAfterEndingOthers(user, epoch, request, response);
        redirect.addFlashAttribute("flash", "account.sessionsEndedFlash");
        return "redirect:/account";
    }

    private String show(CurrentUser user, Model model) {
        AccountDetails details = accounts.details(user.id()).orElseThrow();
        model.addAttribute("account", details);
        model.addAttribute("preferences", notifications.preferencesOf(user));
        model.addAttribute("mailConfigured", notifications.mailConfigured());
        model.addAttribute("languages", List.of("nl", "en"));
        model.addAttribute("recoveryLeft", secondFactors.recoveryCodesLeft(user.id()));
        model.addAttribute("secondFactorRequired", mfaPolicy.requiredFor(user.role()));
        return "accounts/account";
    }
}
