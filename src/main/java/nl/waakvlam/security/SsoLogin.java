package nl.waakvlam.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Single sign-on in the one filter chain: {@code /oauth2/authorization/sso} sends the browser to the
 * provider, {@code /login/oauth2/code/sso} takes it back (both handled by filters before any route
 * rule, so the route table needs no entry for them). Present only when {@code waakvlam.sso.issuer-uri}
 * is set (see {@link SsoConfiguration}).
 */
class SsoLogin {

    private final SsoProperties properties;
    private final ClientRegistrationRepository registrations;
    private final SsoUserService users;
    private final SsoLoginSuccessHandler success;
    private final SsoLoginFailureHandler failure;

    SsoLogin(SsoProperties properties, ClientRegistrationRepository registrations, SsoUserService users,
             SsoLoginSuccessHandler success, SsoLoginFailureHandler failure) {
        this.properties = properties;
        this.registrations = registrations;
        this.users = users;
        this.success = success;
        this.failure = failure;
    }

    void applyTo(HttpSecurity http) {
        http.oauth2Login(login -> login
                .loginPage("/login")
                .clientRegistrationRepository(registrations)
                .authorizedClientRepository(new NoAuthorizedClients())
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
                .successHandler(success)
                .failureHandler(failure)
                // The provider out of reach (or an unknown registration) is a message on the login
                // page, not a server error.
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(failure);
                        return filter;
                    }
                }));
        if (!properties.passwordLogin()) {
            http.addFilterBefore(new PasswordLoginSwitchedOff(), UsernamePasswordAuthenticationFilter.class);
        }
    }

    /**
     * Waakvlam calls no API of the provider, so it keeps none of its tokens: the sign-in is the
     * session, which the account check ends like any other.
     */
    static final class NoAuthorizedClients implements OAuth2AuthorizedClientRepository {

        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String clientRegistrationId,
                                                                         Authentication principal,
                                                                         HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal,
                                         HttpServletRequest request, HttpServletResponse response) {
            // nothing kept
        }

        @Override
        public void removeAuthorizedClient(String clientRegistrationId, Authentication principal,
                                           HttpServletRequest request, HttpServletResponse response) {
            // nothing kept
        }
    }

    /**
     * With {@code password-login=false} a password posted to /login is not even looked at: signing in
     * goes through the provider only (where the organisation's own rules, such as a second factor and
     * leavers, apply).
     */
    static final class PasswordLoginSwitchedOff extends OncePerRequestFilter {

        private final RequestMatcher passwordLogin = PathPatternRequestMatcher.withDefaults()
                .matcher(HttpMethod.POST, "/login");

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !passwordLogin.matches(request);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException {
            response.sendRedirect(request.getContextPath() + "/login");
        }
    }
}
