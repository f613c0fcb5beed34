package nl.waakvlam.security;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.waakvlam.support.Browser;
import nl.waakvlam.support.IntegrationTest;
import nl.waakvlam.support.TestIdentityProvider;
import nl.waakvlam.support.TestPeople;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Single sign-on against a real OpenID provider (Spring Authorization Server, started in this test on
 * a random port), in a real browser: a person the provider knows and Waakvlam knows signs in and
 * lands on their home as their Waakvlam account, with the role Waakvlam gave them; one Waakvlam does
 * not know is refused with the name the provider gave, audited, and no account is made. The factor
 * the provider vouches for ({@code amr}) is in the session only when the provider reported it.
 * Its own application context, because {@code waakvlam.sso.*} must point at the provider.
 */
@IntegrationTest
class SsoLoginIT {

    static final String ORGANISATION = "Zorggroep De Linde";

    static Browser browser;

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry registry) {
        registry.add("waakvlam.sso.issuer-uri", TestIdentityProvider::issuer);
        registry.add("waakvlam.sso.client-id", () -> TestIdentityProvider.CLIENT_ID);
        registry.add("waakvlam.sso.client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
        registry.add("waakvlam.sso.display-name", () -> ORGANISATION);
    }

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestPeople people;

    @Autowired
    AccountService accounts;

    @Autowired
    SessionRepository<? extends Session> sessions;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
        TestIdentityProvider.stop();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Test
    void aKnownCoachSignsInThroughTheProviderAndLandsOnTheCaseload() {
        TestIdentityProvider.person("anna", Map.of("preferred_username", "coach1", "amr", List.of("pwd")));
        Page page = browser.phone();
        page.navigate(url("/login"));
        Browser.screenshot(page, "login-sso-phone");
        Browser.assertAccessible(page);

        signInAtProvider(page, "anna");

        page.waitForURL(url("/caseload"));
        assertThat(page.locator(".wv-user").textContent()).contains("Lifecoach");
        Authentication signedIn = sessionOf(page);
        assertThat(signedIn.getPrincipal()).isInstanceOf(CurrentUser.class);
        assertThat(((CurrentUser) signedIn.getPrincipal()).getUsername()).isEqualTo("coach1");
        assertThat(authorities(signedIn)).contains("ROLE_COACH", FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY)
                .doesNotContain(SsoFactors.IDP_MFA_AUTHORITY);
    }

    @Test
    void aSecondFactorAtTheProviderIsInTheSessionAndTheLoginIsAuditedOnce() {
        UserSummary coach = people.coach();
        TestIdentityProvider.person("bram", Map.of("preferred_username", coach.username(), "amr", List.of("pwd", "mfa")));
        Page page = browser.desktop();
        page.navigate(url("/login"));

        signInAtProvider(page, "bram");

        page.waitForURL(url("/caseload"));
        Authentication signedIn = sessionOf(page);
        assertThat(((CurrentUser) signedIn.getPrincipal()).id()).isEqualTo(coach.id());
        assertThat(authorities(signedIn)).contains("ROLE_COACH", FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY,
                SsoFactors.IDP_MFA_AUTHORITY);
        assertThat(signedIn.getAuthorities()).filteredOn(a -> SsoFactors.IDP_MFA_AUTHORITY.equals(a.getAuthority()))
                .allMatch(FactorGrantedAuthority.class::isInstance);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'LOGIN' and user_id = ? "
                + "and username = ?", Integer.class, coach.id(), coach.username())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select last_login_at is not null from user_account where id = ?",
                Boolean.class, coach.id())).isTrue();
    }

    @Test
    void anAddressFromTheProviderMatchesTheAccountsEmailAddressWithoutRegardToCase() {
        UserSummary coach = people.coach();
        TestIdentityProvider.person("noor", Map.of("preferred_username", coach.email().toUpperCase()));
        Page page = browser.desktop();
        page.navigate(url("/login"));

        signInAtProvider(page, "noor");

        page.waitForURL(url("/caseload"));
        assertThat(((CurrentUser) sessionOf(page).getPrincipal()).id()).isEqualTo(coach.id());
    }

    @Test
    void aPersonWaakvlamDoesNotKnowIsRefusedWithTheNameAndNoAccountIsMade() {
        TestIdentityProvider.person("onbekend", Map.of("preferred_username", "c.onbekend"));
        int accountsBefore = jdbc.queryForObject("select count(*) from user_account", Integer.class);
        Page page = browser.desktop();
        page.navigate(url("/login"));

        signInAtProvider(page, "onbekend");

        page.waitForURL(url("/login?sso-unknown"));
        assertThat(page.getByRole(AriaRole.ALERT).textContent())
                .contains("Uw organisatie kent u als c.onbekend")
                .contains("geen actief account");
        Browser.screenshot(page, "login-sso-desktop");
        assertThat(sessionOf(page)).isNull();
        assertThat(jdbc.queryForObject("select count(*) from user_account", Integer.class)).isEqualTo(accountsBefore);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'LOGIN_FAILED' "
                + "and username = 'c.onbekend' and outcome = 'DENIED' and user_id is null", Integer.class)).isEqualTo(1);

        page.reload();
        assertThat(page.getByRole(AriaRole.ALERT).textContent()).doesNotContain("c.onbekend");
    }

    @Test
    void aDeactivatedAccountIsRefused() {
        UserSummary coach = people.coach();
        accounts.deactivate(coach.id(), accounts.details(coach.id()).orElseThrow().version());
        TestIdentityProvider.person("vertrokken", Map.of("preferred_username", coach.username()));
        Page page = browser.desktop();
        page.navigate(url("/login"));

        signInAtProvider(page, "vertrokken");

        page.waitForURL(url("/login?sso-unknown"));
        assertThat(sessionOf(page)).isNull();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'LOGIN_FAILED' "
                + "and username = ?", Integer.class, coach.username())).isEqualTo(1);
    }

    @Test
    void aCallbackWithoutASignInStartedHereAndAnUnknownRegistrationEndOnTheLoginPage() throws Exception {
        mvc.perform(get("/login/oauth2/code/sso").param("code", "x").param("state", "y"))
                .andExpect(redirectedUrl("/login?sso-failed"));
        mvc.perform(get("/oauth2/authorization/elders"))
                .andExpect(redirectedUrl("/login?sso-failed"));
    }

    @Test
    void thePasswordFormStaysNextToTheButton() {
        Page page = browser.desktop();
        page.navigate(url("/login"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inloggen via " + ORGANISATION))
                .count()).isEqualTo(1);
        Browser.login(page, url(""), "projectleider");
        page.waitForURL(url("/dashboard"));
        assertThat(authorities(sessionOf(page))).contains(FactorGrantedAuthority.PASSWORD_AUTHORITY)
                .doesNotContain(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY);
    }

    /** From Waakvlam's login page through the provider's own login form. */
    private void signInAtProvider(Page page, String login) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inloggen via " + ORGANISATION)).click();
        page.waitForURL(u -> u.startsWith(TestIdentityProvider.issuer() + "/login"));
        page.locator("#username").fill(login);
        page.locator("#password").fill(TestIdentityProvider.PASSWORD);
        page.locator("button[type=submit]").click();
    }

    /** The authentication in the browser's Waakvlam session, read from the server's session store. */
    private Authentication sessionOf(Page page) {
        String cookie = page.context().cookies(url("/")).stream()
                .filter(c -> c.name.equals("SESSION")).map(c -> c.value)
                .findFirst().orElse(null);
        if (cookie == null) {
            return null;
        }
        // the cookie carries the session id in Base64 (Spring Session's DefaultCookieSerializer)
        String sessionId = new String(java.util.Base64.getDecoder().decode(cookie), java.nio.charset.StandardCharsets.UTF_8);
        Session session = sessions.findById(sessionId);
        Object security = session == null ? null
                : session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return security instanceof SecurityContext holder ? holder.getAuthentication() : null;
    }

    private static List<String> authorities(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }
}
