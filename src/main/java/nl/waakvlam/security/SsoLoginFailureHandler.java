package nl.waakvlam.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import java.io.IOException;

/**
 * A refused or failed single sign-on goes back to the login page with a message. A person the
 * provider knows but Waakvlam does not sees the name the provider gave (so that someone signed in
 * with the wrong organisation account notices); anything else — the provider unreachable, a
 * cancelled sign-in, a token that does not check out — gets the general message, and the log gets
 * the error code only, never what the provider said about the person.
 */
class SsoLoginFailureHandler implements AuthenticationFailureHandler {

    /** Session attribute: the name the provider gave for a refused person, shown once on the login page. */
    static final String REFUSED_NAME = SsoLoginFailureHandler.class.getName() + ".refusedName";
    static final String UNKNOWN_URL = "/login?sso-unknown";
    static final String FAILED_URL = "/login?sso-failed";
    private static final int MAX_NAME = 200;
    private static final Logger log = LoggerFactory.getLogger(SsoLoginFailureHandler.class);

    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        if (exception instanceof SsoAccountRefused refused) {
            String name = refused.providerName();
            if (name != null && !name.isBlank()) {
                String shown = name.strip();
                request.getSession().setAttribute(REFUSED_NAME,
                        shown.length() > MAX_NAME ? shown.substring(0, MAX_NAME) : shown);
            }
            redirect.sendRedirect(request, response, UNKNOWN_URL);
            return;
        }
        if (exception instanceof OAuth2AuthenticationException oauth2) {
            log.warn("Single sign-on failed: {}", oauth2.getError().getErrorCode());
        } else {
            log.warn("Single sign-on could not start: {}", exception.getCause() == null
                    ? exception.getClass().getSimpleName() : exception.getCause().toString());
        }
        redirect.sendRedirect(request, response, FAILED_URL);
    }
}
