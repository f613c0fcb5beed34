package nl.waakvlam.security;

import nl.waakvlam.shared.DemoMode;
import nl.waakvlam.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The second factor required, as in production: a project leader without one reaches no page but
 * the enrolment; with the programme setting off a coach works without one; a code from the app
 * completes the sign-in, a wrong one does not, a recovery code works once, and the administrator
 * can reset a lost factor.
 */
@IntegrationTest
@TestPropertySource(properties = {"waakvlam.mfa.enforced=true", "waakvlam.mfa.coaches-and-referrers=false"})
class SecondFactorIT {

    static final String ASKS_FOR_CODE = "/mfa?factor.type=totp&factor.reason=missing";
    static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]{39})<");
    static final Pattern RECOVERY = Pattern.compile("<code class=\"fs-5\">([a-z0-9]{5}-[a-z0-9]{5})</code>");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    nl.waakvlam.support.TestPeople people;

    @Autowired
    AccountService accounts;

    @Autowired
    nl.waakvlam.client.ClientAccounts clientAccounts;

    MockHttpSession passwordOnly(String username) throws Exception {
        MvcResult result = mvc.perform(post("/login").with(csrf()).param("username", username)
                .param("password", DemoMode.PASSWORD)).andExpect(redirectedUrl("/")).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    /** Enrols through the pages; returns the secret and the recovery codes. */
    String[] enrol(MockHttpSession session) throws Exception {
        String page = mvc.perform(get("/account/mfa").session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("<svg");
        Matcher shownKey = SECRET.matcher(page);
        assertThat(shownKey.find()).isTrue();
        String key = shownKey.group(1).replace(" ", "");
        // on the phone with the app: a link that opens it, with the same key
        assertThat(page).contains("href=\"otpauth://totp/").contains("secret=" + key);
        String wrong = mvc.perform(post("/account/mfa").session(session).with(csrf()).param("code", "000000"))
                .andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("Deze code klopt niet.");
        String codes = mvc.perform(post("/account/mfa").session(session).with(csrf())
                        .param("code", TotpCodes.code(key, Instant.now().minusSeconds(30))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher recovery = RECOVERY.matcher(codes);
        java.util.List<String> found = new java.util.ArrayList<>();
        while (recovery.find()) {
            found.add(recovery.group(1));
        }
        assertThat(found).hasSize(10).doesNotHaveDuplicates();
        return new String[]{key, found.get(0)};
    }

    @Test
    void aProjectLeaderWithoutASecondFactorReachesOnlyTheEnrolment() throws Exception {
        UserSummary leader = people.projectLeader();
        MockHttpSession session = passwordOnly(leader.username());
        for (String page : new String[]{"/", "/dashboard", "/intake", "/clients", "/account", "/inbox"}) {
            mvc.perform(get(page).session(session)).andExpect(redirectedUrl(ASKS_FOR_CODE));
        }
        mvc.perform(get("/mfa").session(session)).andExpect(redirectedUrl("/account/mfa"));
        String[] enrolled = enrol(session);
        // enrolling proves the factor: this session may go on
        mvc.perform(get("/dashboard").session(session)).andExpect(status().isOk());

        // a new sign-in asks for the code
        MockHttpSession next = passwordOnly(leader.username());
        mvc.perform(get("/dashboard").session(next)).andExpect(redirectedUrl(ASKS_FOR_CODE));
        // between the password and the code the header offers no pages, only signing out
        String codePage = mvc.perform(get("/mfa").session(next)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(codePage).doesNotContain("nav-link").doesNotContain("href=\"/inbox\"").contains("/logout");
        String wrong = mvc.perform(post("/mfa").session(next).with(csrf()).param("code", "123456"))
                .andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("Deze code klopt niet.");
        mvc.perform(get("/dashboard").session(next)).andExpect(redirectedUrl(ASKS_FOR_CODE));
        mvc.perform(post("/mfa").session(next).with(csrf()).param("code", TotpCodes.code(enrolled[0], Instant.now())))
                .andExpect(redirectedUrl("/"));
        assertThat(mvc.perform(get("/dashboard").session(next)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("class=\"nav-link\" href=\"/intake\"");

        // a recovery code works once
        MockHttpSession lostPhone = passwordOnly(leader.username());
        mvc.perform(post("/mfa").session(lostPhone).with(csrf()).param("code", enrolled[1].toUpperCase()))
                .andExpect(redirectedUrl("/account/mfa"));
        mvc.perform(get("/dashboard").session(lostPhone)).andExpect(status().isOk());
        MockHttpSession again = passwordOnly(leader.username());
        mvc.perform(post("/mfa").session(again).with(csrf()).param("code", enrolled[1]));
        mvc.perform(get("/dashboard").session(again)).andExpect(redirectedUrl(ASKS_FOR_CODE));

        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_id = ? and action in "
                + "('SECOND_FACTOR_ENROLLED', 'RECOVERY_CODE_USED', 'SECOND_FACTOR_FAILED')", Long.class, leader.id()))
                .isGreaterThanOrEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from recovery_code where user_id = ? and used_at is null",
                Long.class, leader.id())).isEqualTo(9);
    }

    /** A client needs only a password of their own, and may add the same second factor; then it is asked. */
    @Test
    void aClientMayAddTheSecondFactorAndIsThenAskedForIt() throws Exception {
        UserSummary coach = people.coach();
        Long client = people.coachedClient(coach, people.referrer(), people.projectLeader());
        String username = "eigen-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        clientAccounts.importAccount(client, username, DemoMode.PASSWORD, coach.id());
        MockHttpSession session = passwordOnly(username);
        mvc.perform(get("/mijn").session(session)).andExpect(status().isOk());
        assertThat(mvc.perform(get("/account").session(session)).andReturn().getResponse().getContentAsString())
                .contains("/account/mfa");
        String[] enrolled = enrol(session);
        mvc.perform(get("/mijn").session(session)).andExpect(status().isOk());

        MockHttpSession next = passwordOnly(username);
        mvc.perform(get("/mijn").session(next)).andExpect(redirectedUrl(ASKS_FOR_CODE));
        mvc.perform(post("/mfa").session(next).with(csrf()).param("code", TotpCodes.code(enrolled[0], Instant.now())))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/mijn").session(next)).andExpect(status().isOk());
    }

    @Test
    void aCoachWorksWithoutASecondFactorWhenTheProgrammeSettingIsOff() throws Exception {
        UserSummary coach = people.coach();
        MockHttpSession session = passwordOnly(coach.username());
        mvc.perform(get("/caseload").session(session)).andExpect(status().isOk());
        // and may still enrol one
        mvc.perform(get("/account/mfa").session(session)).andExpect(status().isOk());
    }

    @Test
    void theAdministratorRequiresASecondFactorOfCoachesOnTheSettingsPage() throws Exception {
        UserSummary coach = people.coach();
        MockHttpSession session = passwordOnly(coach.username());
        mvc.perform(get("/caseload").session(session)).andExpect(status().isOk());
        String adminName = "beheer-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        accounts.createIfAbsent(new NewAccount(adminName, DemoMode.PASSWORD, "Tweede Beheerder", null, null,
                Role.ADMIN, null, null));
        MockHttpSession admin = passwordOnly(adminName);
        enrol(admin);
        try {
            mvc.perform(post("/admin/settings/second-factor").session(admin).with(csrf())
                            .param("version", String.valueOf(programmeVersion())).param("required", "true"))
                    .andExpect(redirectedUrl("/admin/settings#second-factor"));
            // the coach's next request asks for it
            mvc.perform(get("/caseload").session(session)).andExpect(redirectedUrl(ASKS_FOR_CODE));
        } finally {
            mvc.perform(post("/admin/settings/second-factor").session(admin).with(csrf())
                    .param("version", String.valueOf(programmeVersion())));
        }
        mvc.perform(get("/caseload").session(session)).andExpect(status().isOk());
    }

    long programmeVersion() {
        return jdbc.queryForObject("select version from programme_setting where id = 1", Long.class);
    }

    @Test
    void theAdministratorResetsALostSecondFactor() throws Exception {
        UserSummary leader = people.projectLeader();
        enrol(passwordOnly(leader.username()));
        MockHttpSession admin = passwordOnly("beheerder");
        String[] adminFactor = enrol(admin);
        assertThat(adminFactor).isNotNull();
        mvc.perform(post("/admin/users/{id}/second-factor/reset", leader.id()).session(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + leader.id()));
        assertThat(jdbc.queryForObject("select totp_secret is null from user_account where id = ?", Boolean.class,
                leader.id())).isTrue();
        MockHttpSession next = passwordOnly(leader.username());
        mvc.perform(get("/mfa").session(next)).andExpect(redirectedUrl("/account/mfa"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_id = ? and action = "
                + "'SECOND_FACTOR_RESET'", Long.class, leader.id())).isEqualTo(1);
    }
}
