package nl.waakvlam.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The settings as the README names them (environment variables), and what they switch. */
class SsoPropertiesTests {

    static SsoProperties bind(Map<String, Object> environment) {
        var source = new SystemEnvironmentPropertySource("systemEnvironment", environment);
        return new Binder(ConfigurationPropertySources.from(source)).bindOrCreate("waakvlam.sso", SsoProperties.class);
    }

    @Test
    void environmentVariablesBindAndTheDefaultsHold() {
        SsoProperties sso = bind(Map.of("WAAKVLAM_SSO_ISSUER_URI", "https://login.example/realms/zorg",
                "WAAKVLAM_SSO_CLIENT_ID", "waakvlam", "WAAKVLAM_SSO_CLIENT_SECRET", "s",
                "WAAKVLAM_SSO_DISPLAY_NAME", "Zorggroep", "WAAKVLAM_SSO_MFA_ACR", "gold,2"));
        assertThat(sso.enabled()).isTrue();
        assertThat(sso.issuerUri()).isEqualTo("https://login.example/realms/zorg");
        assertThat(sso.organisation()).isEqualTo("Zorggroep");
        assertThat(sso.mfaAcr()).containsExactly("gold", "2");
        assertThat(sso.usernameClaim()).isEqualTo("preferred_username");
        assertThat(sso.scopes()).containsExactly("openid", "profile", "email");
        assertThat(sso.redirectUri()).isEqualTo("{baseUrl}/login/oauth2/code/{registrationId}");
        assertThat(sso.passwordLoginAvailable()).isTrue();
        assertThat(sso.providerEnforcesMfa()).isFalse();
    }

    @Test
    void withoutAnIssuerNothingChanges() {
        SsoProperties sso = bind(Map.of("WAAKVLAM_SSO_PASSWORD_LOGIN", "false", "WAAKVLAM_SSO_ISSUER_URI", " "));
        assertThat(sso.enabled()).isFalse();
        assertThat(sso.passwordLoginAvailable()).isTrue();
        assertThat(sso.organisation()).isNull();
    }

    @Test
    void passwordLoginCanBeSwitchedOffOnlyWithSingleSignOn() {
        SsoProperties sso = bind(Map.of("WAAKVLAM_SSO_ISSUER_URI", "https://login.example", "WAAKVLAM_SSO_PASSWORD_LOGIN",
                "false"));
        assertThat(sso.passwordLoginAvailable()).isFalse();
    }

    @Test
    void withPasswordLoginSwitchedOffAPostedPasswordIsNotLookedAt() throws Exception {
        var filter = new SsoLogin.PasswordLoginSwitchedOff();
        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/login");
        post.setParameter("username", "coach1");
        post.setParameter("password", "anything");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(post, response, chain);
        assertThat(response.getRedirectedUrl()).isEqualTo("/login");
        assertThat(chain.getRequest()).isNull();

        for (var request : List.of(new MockHttpServletRequest("GET", "/login"),
                new MockHttpServletRequest("POST", "/logout"))) {
            MockFilterChain passes = new MockFilterChain();
            filter.doFilter(request, new MockHttpServletResponse(), passes);
            assertThat(passes.getRequest()).isSameAs(request);
        }
    }
}
