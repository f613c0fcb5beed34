package nl.waakvlam.accounts;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import nl.waakvlam.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import nl.waakvlam.security.UserSummary;
import nl.waakvlam.shared.DemoMode;
import nl.waakvlam.support.IntegrationTest;
import nl.waakvlam.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.waakvlam.support.Sessions.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Accounts from invitation to departure, against a real SMTP server (GreenMail): the invitation
 * link works once, a deactivated account's open session ends on its next request, a new role
 * applies at once, the password rules speak Dutch next to the field, and every change is audited.
 */
@IntegrationTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", TestMail.MAIL_PORT,
        "waakvlam.base-url=http://waakvlam.test"})
class AccountsIT {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestMail.SMTP);

    static final Pattern LINK = Pattern.compile("http://waakvlam\\.test(/invitation/[A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestPeople people;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
    }

    String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 6);
    }

    Long idOf(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    long version(Long id) {
        return jdbc.queryForObject("select version from user_account where id = ?", Long.class, id);
    }

    long audited(Long accountId, String action) {
        return jdbc.queryForObject("select count(*) from audit_event where entity = 'user' and entity_id = ? "
                + "and action = ?", Long.class, accountId, action);
    }

    /** The administrator invites a coach; returns the path of the link in the e-mail. */
    String inviteCoach(String username) throws Exception {
        mvc.perform(post("/admin/users").session(login(mvc, "beheerder")).with(csrf())
                        .param("displayName", "Nina Nieuw").param("username", username)
                        .param("email", username + "@example.org").param("role", "COACH")
                        .param("gender", "FEMALE").param("languages", "Nederlands, Engels")
                        .param("contractHours", "24").param("maxCaseload", "30"))
                .andExpect(status().is3xxRedirection());
        MimeMessage[] mails = greenMail.getReceivedMessagesForDomain(username + "@example.org");
        assertThat(mails).hasSize(1);
        String body = GreenMailUtil.getBody(mails[0]).replace("=\r\n", "").replace("=3D", "=");
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as(body).isTrue();
        return link.group(1);
    }

    @Test
    void anInvitationLinkSetsThePasswordOnceAndTheCoachCanSignIn() throws Exception {
        String username = unique("nina");
        String link = inviteCoach(username);
        Long id = idOf(username);
        assertThat(jdbc.queryForObject("select count(*) from coach_profile where user_id = ?", Long.class, id))
                .isEqualTo(1);
        // only a hash of the token is stored
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(jdbc.queryForObject("select count(*) from account_token where token_hash = ?", Long.class, token))
                .isZero();

        mvc.perform(get(link)).andExpect(status().isOk());
        String tooShort = mvc.perform(post(link).with(csrf()).param("password", "kort").param("repeat", "kort"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tooShort).contains("Gebruik minstens 12 tekens.").doesNotContain("value=\"kort\"");
        String common = mvc.perform(post(link).with(csrf()).param("password", "1qaz2wsx3edc")
                .param("repeat", "1qaz2wsx3edc")).andReturn().getResponse().getContentAsString();
        assertThat(common).contains("Dit wachtwoord wordt veel gebruikt of is bekend uit datalekken.");

        mvc.perform(post(link).with(csrf()).param("password", "de fiets staat bij de molen")
                        .param("repeat", "de fiets staat bij de molen"))
                .andExpect(redirectedUrl("/login?welcome"));
        mvc.perform(get(link)).andExpect(redirectedUrl("/invitation/invalid"));
        mvc.perform(post(link).with(csrf()).param("password", "nog een andere lange zin")
                .param("repeat", "nog een andere lange zin")).andExpect(redirectedUrl("/invitation/invalid"));
        mvc.perform(get("/invitation/invalid")).andExpect(status().isGone());

        MockHttpSession coach = login(mvc, username, "de fiets staat bij de molen");
        mvc.perform(get("/caseload").session(coach)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select last_login_at is not null from user_account where id = ?",
                Boolean.class, id)).isTrue();
        assertThat(audited(id, "ACCOUNT_CREATED")).isEqualTo(1);
        assertThat(audited(id, "INVITATION_SENT")).isEqualTo(1);
        assertThat(audited(id, "PASSWORD_SET")).isEqualTo(1);
    }

    @Test
    void aNewLinkReplacesTheOldOne() throws Exception {
        String username = unique("olaf");
        String first = inviteCoach(username);
        greenMail.purgeEmailFromAllMailboxes();
        mvc.perform(post("/admin/users/{id}/invitation", idOf(username)).session(login(mvc, "beheerder"))
                .with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(greenMail.getReceivedMessagesForDomain(username + "@example.org")).hasSize(1);
        mvc.perform(get(first)).andExpect(redirectedUrl("/invitation/invalid"));
    }

    @Test
    void aDeactivatedUsersOpenSessionIsRefusedOnItsNextRequest() throws Exception {
        UserSummary referrer = people.referrer();
        MockHttpSession session = login(mvc, referrer.username());
        mvc.perform(get("/referrals").session(session)).andExpect(status().isOk());

        mvc.perform(post("/admin/users/{id}/deactivate", referrer.id()).session(login(mvc, "beheerder"))
                .with(csrf()).param("version", String.valueOf(version(referrer.id()))))
                .andExpect(redirectedUrl("/admin/users/" + referrer.id()));

        mvc.perform(get("/referrals").session(session)).andExpect(redirectedUrl("/login?ended"));
        assertThat(session.isInvalid()).isTrue();
        mvc.perform(post("/login").with(csrf()).param("username", referrer.username())
                .param("password", DemoMode.PASSWORD)).andExpect(redirectedUrl("/login?error"));
        assertThat(audited(referrer.id(), "ACCOUNT_DEACTIVATED")).isEqualTo(1);

        mvc.perform(post("/admin/users/{id}/reactivate", referrer.id()).session(login(mvc, "beheerder"))
                .with(csrf()).param("version", String.valueOf(version(referrer.id()))));
        mvc.perform(get("/referrals").session(login(mvc, referrer.username()))).andExpect(status().isOk());
    }

    @Test
    void aNewRoleIsEffectiveOnTheNextRequest() throws Exception {
        UserSummary leader = people.projectLeader();
        MockHttpSession session = login(mvc, leader.username());
        mvc.perform(get("/dashboard").session(session)).andExpect(status().isOk());

        mvc.perform(post("/admin/users/{id}", leader.id()).session(login(mvc, "beheerder")).with(csrf())
                        .param("version", String.valueOf(version(leader.id()))).param("displayName", leader.displayName())
                        .param("email", leader.email()).param("role", "ADMIN"))
                .andExpect(redirectedUrl("/admin/users/" + leader.id()));

        // the old session keeps no project leader rights
        mvc.perform(get("/dashboard").session(session)).andExpect(redirectedUrl("/login?ended"));
        MockHttpSession again = login(mvc, leader.username());
        mvc.perform(get("/dashboard").session(again)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").session(again)).andExpect(status().isOk());
        assertThat(audited(leader.id(), "ROLE_CHANGED")).isEqualTo(1);
    }

    @Test
    void aCoachWithClientsCannotBeDeactivatedAndThePageSaysHowMany() throws Exception {
        UserSummary coach = people.coach();
        people.coachedClient(coach, people.referrer(), people.projectLeader());
        MockHttpSession admin = login(mvc, "beheerder");
        String page = mvc.perform(get("/admin/users/{id}", coach.id()).session(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Deze coach begeleidt nog 1 cliënt.").doesNotContain("Test Cliënt");
        for (int attempt = 0; attempt < 2; attempt++) {
            mvc.perform(post("/admin/users/{id}/deactivate", coach.id()).session(admin).with(csrf())
                    .param("version", String.valueOf(version(coach.id()))));
        }
        assertThat(jdbc.queryForObject("select enabled from user_account where id = ?", Boolean.class, coach.id()))
                .isTrue();
        // the project leader is asked to move the caseload, once however often the administrator tries
        assertThat(jdbc.queryForList("select message_key from notification n join user_account u on u.id = n.user_id "
                        + "where u.username = 'projectleider' and n.link = ?", String.class,
                "/coaches/" + coach.id() + "/move")).containsExactly("notification.moveRequested");
        assertThat(mvc.perform(get("/admin/users/{id}", coach.id()).session(admin)).andReturn().getResponse()
                .getContentAsString()).contains("De projectleider heeft een bericht gekregen");
    }

    @Test
    void ownPasswordNeedsTheCurrentOneAndEndsOtherSessionsButNotThisOne() throws Exception {
        UserSummary coach = people.coach();
        MockHttpSession here = login(mvc, coach.username());
        MockHttpSession elsewhere = login(mvc, coach.username());

        String wrong = mvc.perform(post("/account/password").session(here).with(csrf())
                        .param("currentPassword", "niet mijn wachtwoord").param("newPassword", "de fiets staat bij de molen")
                        .param("repeat", "de fiets staat bij de molen"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("Dit is niet uw huidige wachtwoord.");
        String common = mvc.perform(post("/account/password").session(here).with(csrf())
                        .param("currentPassword", DemoMode.PASSWORD).param("newPassword", "1q2w3e4r5t6y")
                        .param("repeat", "1q2w3e4r5t6y"))
                .andReturn().getResponse().getContentAsString();
        assertThat(common).contains("Dit wachtwoord wordt veel gebruikt");
        String shortOne = mvc.perform(post("/account/password").session(here).with(csrf())
                        .param("currentPassword", DemoMode.PASSWORD).param("newPassword", "te kort")
                        .param("repeat", "te kort"))
                .andReturn().getResponse().getContentAsString();
        assertThat(shortOne).contains("Gebruik minstens 12 tekens.");

        mvc.perform(post("/account/password").session(here).with(csrf())
                        .param("currentPassword", DemoMode.PASSWORD).param("newPassword", "de fiets staat bij de molen")
                        .param("repeat", "de fiets staat bij de molen"))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/caseload").session(here)).andExpect(status().isOk());
        mvc.perform(get("/caseload").session(elsewhere)).andExpect(redirectedUrl("/login?ended"));
        assertThat(audited(coach.id(), "PASSWORD_CHANGED")).isEqualTo(1);
    }

    @Test
    void signingOutEverywhereElseKeepsThisSession() throws Exception {
        UserSummary referrer = people.referrer();
        MockHttpSession here = login(mvc, referrer.username());
        MockHttpSession elsewhere = login(mvc, referrer.username());
        mvc.perform(post("/account/sessions").session(here).with(csrf())).andExpect(redirectedUrl("/account"));
        mvc.perform(get("/referrals").session(here)).andExpect(status().isOk());
        mvc.perform(get("/referrals").session(elsewhere)).andExpect(redirectedUrl("/login?ended"));
    }

    @Test
    void thePreferredLanguageIsUsedAtTheNextSignIn() throws Exception {
        UserSummary coach = people.coach();
        mvc.perform(post("/account/language").session(login(mvc, coach.username())).with(csrf())
                .param("language", "en")).andExpect(redirectedUrl("/account"));
        MvcResult signIn = mvc.perform(post("/login").with(csrf()).param("username", coach.username())
                .param("password", DemoMode.PASSWORD)).andReturn();
        assertThat(signIn.getResponse().getCookie("waakvlam-lang")).isNotNull();
        assertThat(signIn.getResponse().getCookie("waakvlam-lang").getValue()).isEqualTo("en");
    }

    @Test
    void onlyTheAdministratorManagesAccountsAndNeverSeesAPasswordOrAToken() throws Exception {
        for (String other : new String[]{"coach1", "verwijzer1", "projectleider"}) {
            mvc.perform(get("/admin/users").session(login(mvc, other))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/users/new").session(login(mvc, other))).andExpect(status().isForbidden());
        }
        String list = mvc.perform(get("/admin/users").session(login(mvc, "beheerder")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain("$argon2").doesNotContain("{bcrypt}");
        // a taken user name and a referrer without organisation come back as form errors
        String taken = mvc.perform(post("/admin/users").session(login(mvc, "beheerder")).with(csrf())
                        .param("displayName", "Dubbel").param("username", "coach1").param("email", "d@example.org")
                        .param("role", "REFERRER"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(taken).contains("Kies de organisatie van de doorverwijzer.").contains("value=\"Dubbel\"");
    }

    @Test
    void aCoachWithEmptyNumberFieldsIsAFormErrorNotAServerError() throws Exception {
        String page = mvc.perform(post("/admin/users").session(login(mvc, "beheerder")).with(csrf())
                        .param("displayName", "Leeg Getal").param("username", "leeggetal")
                        .param("email", "leeggetal@example.org").param("role", "COACH").param("gender", "FEMALE")
                        .param("languages", "Nederlands").param("contractHours", "").param("maxCaseload", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Maak een keuze of vul dit veld in.").contains("value=\"Leeg Getal\"");
        assertThat(jdbc.queryForObject("select count(*) from user_account where username = 'leeggetal'",
                Integer.class)).isZero();
    }

    @Test
    void theAdministratorIsToldWhenInvitationLinksWouldPointElsewhere() throws Exception {
        MockHttpSession admin = login(mvc, "beheerder");
        // this class's base address is http://waakvlam.test; this request comes in elsewhere
        assertThat(mvc.perform(get("http://waakvlam.example.nl/admin/users/new").session(admin))
                .andReturn().getResponse().getContentAsString())
                .contains("links in uitnodigingen en e-mails wijzen naar http://waakvlam.test, maar u gebruikt "
                        + "Waakvlam nu via http://waakvlam.example.nl");
        assertThat(mvc.perform(get("http://waakvlam.test/admin/users/new").session(admin))
                .andReturn().getResponse().getContentAsString()).doesNotContain("links in uitnodigingen en e-mails");
    }
}
