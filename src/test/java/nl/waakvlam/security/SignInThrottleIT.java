package nl.waakvlam.security;

import nl.waakvlam.shared.DemoMode;
import nl.waakvlam.support.IntegrationTest;
import nl.waakvlam.support.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;


import static nl.waakvlam.support.Sessions.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Guessing is throttled in the database: a growing wait after five failures, a lock of 15 minutes
 * after ten (also for the right password), the same answer for a name that does not exist, and the
 * administrator's early unlock. And behind a TLS proxy the session cookie is Secure and HSTS is sent.
 */
@IntegrationTest
class SignInThrottleIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestPeople people;

    @AfterEach
    void forgetFailures() {
        // every test here signs in from 127.0.0.1; the other tests sharing this database do too
        jdbc.update("delete from sign_in_throttle");
    }

    ResultActions attempt(String username, String password) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password));
    }

    /** What a wait in real time would do: the next attempt may go ahead (the count stays). */
    void waitOut() {
        jdbc.update("update sign_in_throttle set not_before = null");
    }

    @Test
    void tenWrongPasswordsLockTheAccountUntilTheAdministratorUnlocksIt() throws Exception {
        UserSummary referrer = people.referrer();
        for (int i = 1; i <= 5; i++) {
            attempt(referrer.username(), "geraden wachtwoord " + i).andExpect(redirectedUrl("/login?error"));
        }
        // the sixth comes too soon
        attempt(referrer.username(), "geraden wachtwoord 6").andExpect(redirectedUrl("/login?wait=1"));
        // the page says how long
        org.assertj.core.api.Assertions.assertThat(mvc.perform(get("/login").param("wait", "1")).andReturn()
                .getResponse().getContentAsString()).contains("Wacht 1 seconde en probeer");
        org.assertj.core.api.Assertions.assertThat(mvc.perform(get("/login").param("wait", "<script>")).andReturn()
                .getResponse().getContentAsString()).contains("Wacht even en probeer").doesNotContain("<script>");
        for (int i = 6; i <= 10; i++) {
            waitOut();
            attempt(referrer.username(), "geraden wachtwoord " + i).andExpect(redirectedUrl("/login?error"));
        }
        waitOut();
        attempt(referrer.username(), DemoMode.PASSWORD).andExpect(redirectedUrl("/login?locked"));
        String page = mvc.perform(get("/login?locked")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("kan pas over 15 minuten weer");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where username = ? and action = "
                + "'ACCOUNT_LOCKED'", Long.class, referrer.username())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where username = ? and action = "
                + "'LOGIN_FAILED'", Long.class, referrer.username())).isEqualTo(10);

        String adminPage = mvc.perform(get("/admin/users/{id}", referrer.id()).session(login(mvc, "beheerder")))
                .andReturn().getResponse().getContentAsString();
        assertThat(adminPage).contains("Vergrendeld tot");
        mvc.perform(post("/admin/users/{id}/unlock", referrer.id()).session(login(mvc, "beheerder")).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + referrer.id()));
        attempt(referrer.username(), DemoMode.PASSWORD).andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_id = ? and action = "
                + "'ACCOUNT_UNLOCKED'", Long.class, referrer.id())).isEqualTo(1);
    }

    @Test
    void anUnknownNameGetsTheSameAnswerAsAWrongPassword() throws Exception {
        UserSummary coach = people.coach();
        var known = attempt(coach.username(), "niet het wachtwoord").andReturn().getResponse();
        var unknown = attempt("bestaat-niet-" + coach.username(), "niet het wachtwoord").andReturn().getResponse();
        assertThat(unknown.getStatus()).isEqualTo(known.getStatus());
        assertThat(unknown.getRedirectedUrl()).isEqualTo(known.getRedirectedUrl()).isEqualTo("/login?error");
        // and an unknown name is slowed down and locked just the same
        for (int i = 2; i <= 10; i++) {
            waitOut();
            attempt("bestaat-niet-" + coach.username(), "poging " + i);
        }
        waitOut();
        attempt("bestaat-niet-" + coach.username(), "poging 11").andExpect(redirectedUrl("/login?locked"));
    }
}
