package nl.waakvlam.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;

import java.io.IOException;
import java.util.Locale;

/**
 * After a successful sign-in: note the time (the administrator sees the last login), switch to the
 * user's preferred language when they chose one, and go to the role's home page.
 */
class LoginSuccessHandler extends SimpleUrlAuthenticationSuccessHandler {

    private final AccountService accounts;
    private final LocaleResolver localeResolver;

    LoginSuccessHandler(AccountService accounts, LocaleResolver localeResolver) {
        super("/");
        setAlwaysUseDefaultTargetUrl(true);
        this.accounts = accounts;
        this.localeResolver = localeResolver;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        if (authentication.getPrincipal() instanceof CurrentUser user) {
            accounts.recordLogin(user.id());
            if (localeResolver != null) {
                accounts.preferredLanguage(user.id()).ifPresent(language ->
                        localeResolver.setLocale(request, response, Locale.forLanguageTag(language)));
            }
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
