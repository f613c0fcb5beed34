package nl.waakvlam.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;

import java.io.IOException;
import java.time.Instant;
import java.util.Locale;

/**
 * After a successful sign-in: note the time (the administrator sees the last login, the session
 * its absolute lifetime), forget earlier failed attempts for this name, switch to the user's
 * preferred language when they chose one, and go to the role's home page (which asks for the
 * second factor first when one is required).
 */
class LoginSuccessHandler extends SimpleUrlAuthenticationSuccessHandler {

    private final AccountService accounts;
    private final LocaleResolver localeResolver;
    private final SignInThrottle throttle;

    LoginSuccessHandler(AccountService accounts, LocaleResolver localeResolver, SignInThrottle throttle) {
        super("/");
        setAlwaysUseDefaultTargetUrl(true);
        this.throttle = throttle;
        this.accounts = accounts;
        this.localeResolver = localeResolver;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        if (authentication.getPrincipal() instanceof CurrentUser user) {
            accounts.recordLogin(user.id());
            if (throttle != null) {
                throttle.clear(SignInThrottle.accountKey(user.getUsername()));
            }
            request.getSession().setAttribute(AccountStandingFilter.SIGNED_IN_AT, Instant.now());
            if (localeResolver != null) {
                accounts.preferredLanguage(user.id()).ifPresent(language ->
                        localeResolver.setLocale(request, response, Locale.forLanguageTag(language)));
            }
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
