package nl.waakvlam.security;

import nl.waakvlam.shared.DemoMode;
import nl.waakvlam.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Login, role homes, deny-by-default, CSRF, headers and password hashing, against the real chain. */
@IntegrationTest
class SecurityIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @ParameterizedTest
    @CsvSource({"coach1,COACH", "verwijzer1,REFERRER", "projectleider,PROJECT_LEADER", "beheerder,ADMIN",
            "secretariaat,BACKOFFICE", "stuurgroep,MONITOR"})
    void eachRoleLogsInWithTheDemoPassword(String username, String role) throws Exception {
        mvc.perform(formLogin("/login").user(username).password(DemoMode.PASSWORD))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(username).withRoles(role));
    }

    @ParameterizedTest
    @CsvSource({"coach1", "verwijzer1", "projectleider", "beheerder", "secretariaat", "stuurgroep"})
    void aWrongPasswordIsRefused(String username) throws Exception {
        mvc.perform(formLogin("/login").user(username).password("wrong-password"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    @ParameterizedTest
    @CsvSource({"coach1,/caseload", "verwijzer1,/referrals", "projectleider,/dashboard", "beheerder,/admin/users",
            "secretariaat,/backoffice", "stuurgroep,/dashboard/monitor"})
    void eachRoleLandsOnItsHome(String username, String home) throws Exception {
        MockHttpSession session = login(username);
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl(home));
        mvc.perform(get(home).session(session)).andExpect(status().isOk());
    }

    @ParameterizedTest
    @CsvSource({"coach1,/dashboard", "coach1,/admin/users", "coach1,/referrals",
            "verwijzer1,/caseload", "verwijzer1,/dashboard", "verwijzer1,/admin/users",
            "projectleider,/caseload", "projectleider,/admin/users", "projectleider,/referrals",
            "beheerder,/caseload", "beheerder,/dashboard", "beheerder,/referrals",
            "secretariaat,/caseload", "secretariaat,/dashboard", "secretariaat,/admin/users", "secretariaat,/referrals",
            "secretariaat,/clients", "secretariaat,/intake", "coach1,/backoffice", "projectleider,/backoffice",
            "coach1,/handovers", "verwijzer1,/handovers", "beheerder,/handovers", "secretariaat,/handovers",
            "stuurgroep,/caseload", "stuurgroep,/clients", "stuurgroep,/intake", "stuurgroep,/coaches",
            "stuurgroep,/dashboard/rounds", "stuurgroep,/dashboard/avoided-costs", "stuurgroep,/dashboard/stories",
            "stuurgroep,/dashboard/waiting.csv", "stuurgroep,/admin/users", "stuurgroep,/inbox", "stuurgroep,/referrals",
            "coach1,/dashboard/monitor", "verwijzer1,/dashboard/monitor", "beheerder,/dashboard/monitor",
            "secretariaat,/dashboard/monitor"})
    void aWrongRoleGets403WithTheErrorPage(String username, String page) throws Exception {
        mvc.perform(get(page).session(login(username)))
                .andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @CsvSource({"coach1,/caseload,/caseload /caseload/week /clients /organisations",
            "verwijzer1,/referrals,/referrals /referrals/new",
            "projectleider,/dashboard,/dashboard /intake /clients /coaches /agreements /import /organisations",
            "beheerder,/admin/users,/admin/users /admin/organisations /admin/audit /admin/retention "
                    + "/admin/instruments /admin/settings",
            "secretariaat,/backoffice,/backoffice /backoffice/callbacks",
            "stuurgroep,/dashboard/monitor,/dashboard/monitor /dashboard"})
    void theMenuOffersEachRoleItsOwnPagesAndEachOpens(String username, String home, String expected) throws Exception {
        MockHttpSession session = login(username);
        String page = mvc.perform(get(home).session(session)).andReturn().getResponse().getContentAsString();
        java.util.List<String> links = java.util.regex.Pattern.compile("class=\"nav-link\" href=\"([^\"]+)\"")
                .matcher(page).results().map(m -> m.group(1)).toList();
        assertThat(links).containsExactly(expected.split(" "));
        for (String link : links) {
            mvc.perform(get(link).session(session)).andExpect(status().isOk());
        }
    }

    @Test
    void pagesSeenWithoutSigningInHaveNoMenu() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("nav-link"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/logout"))));
    }

    @Test
    void theWebJarFilesThePagesLinkToAreServed() throws Exception {
        for (String file : new String[]{"/webjars/bootstrap/css/bootstrap.min.css",
                "/webjars/chart.js/dist/chart.umd.min.js"}) {
            String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
            String dashboard = mvc.perform(get("/dashboard").session(login("projectleider"))).andReturn()
                    .getResponse().getContentAsString();
            assertThat(login + dashboard).contains(file);
            mvc.perform(get(file)).andExpect(status().isOk());
        }
    }

    @Test
    void anonymousUsersAreSentToTheLoginPage() throws Exception {
        for (String page : new String[]{"/", "/caseload", "/referrals", "/dashboard", "/admin/users"}) {
            mvc.perform(get(page)).andExpect(status().isFound())
                    .andExpect(header().string("Location", Matchers.endsWith("/login")));
        }
    }

    @Test
    void unlistedRoutesAreDeniedEvenWhenSignedIn() throws Exception {
        mvc.perform(get("/somewhere-new").session(login("projectleider"))).andExpect(status().isForbidden());
    }

    @Test
    void postWithoutCsrfTokenIsForbidden() throws Exception {
        mvc.perform(post("/login").param("username", "coach1").param("password", DemoMode.PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout").session(login("coach1"))).andExpect(status().isForbidden());
    }

    @Test
    void logoutIsAPostThatEndsTheSession() throws Exception {
        MockHttpSession session = login("coach1");
        mvc.perform(post("/logout").with(csrf()).session(session)).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/caseload").session(session)).andExpect(status().isFound());
    }

    @Test
    void htmlResponsesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", Matchers.allOf(
                        Matchers.containsString("script-src 'self'"),
                        Matchers.containsString("frame-ancestors 'none'"),
                        Matchers.not(Matchers.containsString("unsafe-inline")))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
        mvc.perform(get("/caseload").session(login("coach1")))
                .andExpect(header().exists("Content-Security-Policy"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void passwordsAreStoredAsArgon2idWithOwaspParameters() {
        String hash = jdbc.queryForObject("select password_hash from user_account where username = 'coach1'",
                String.class);
        // the test profile lowers the cost; the application's defaults are OWASP's minimum
        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=1024,t=1,p=1$");
        assertThat(passwordEncoder.matches(DemoMode.PASSWORD, hash)).isTrue();
        String production = PasswordConfiguration.encoder(PasswordConfiguration.MEMORY_KIB,
                PasswordConfiguration.ITERATIONS).encode(DemoMode.PASSWORD);
        assertThat(production).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    void noopAndOtherLegacyHashesNeverMatch() throws Exception {
        jdbc.update("insert into user_account (username, password_hash, display_name, role) "
                + "values ('legacy-noop', '{noop}plain-secret', 'Legacy', 'ADMIN') on conflict do nothing");
        jdbc.update("insert into user_account (username, password_hash, display_name, role) "
                + "values ('legacy-bare', 'plain-secret', 'Legacy', 'ADMIN') on conflict do nothing");
        mvc.perform(formLogin("/login").user("legacy-noop").password("plain-secret"))
                .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user("legacy-bare").password("plain-secret"))
                .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
        assertThat(passwordEncoder.matches("plain-secret", "{noop}plain-secret")).isFalse();
    }

    @Test
    void onlyHealthIsOpenOnTheActuator() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/env")).andExpect(status().isFound());
        mvc.perform(get("/actuator/beans")).andExpect(status().isFound());
        mvc.perform(get("/actuator/env").session(login("beheerder"))).andExpect(status().isForbidden());
    }

    @Test
    void theLoginPageListsNoAccountsOutsideDemoMode() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content().string(Matchers.not(Matchers.containsString("verwijzer4"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString(DemoMode.PASSWORD))));
    }

    MockHttpSession login(String username) throws Exception {
        MvcResult result = mvc.perform(post("/login").with(csrf())
                        .param("username", username).param("password", DemoMode.PASSWORD))
                .andExpect(authenticated()).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
