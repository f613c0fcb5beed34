package nl.waakvlam.client;

import nl.waakvlam.support.IntegrationTest;
import nl.waakvlam.support.OwnerJdbc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.HashMap;
import java.util.Map;

import static nl.waakvlam.support.Sessions.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every route of the clients module for every role, substituted ids, cover during absence, and
 * the audit trail of allowed and denied reads.
 */
@IntegrationTest
class ClientAccessIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OwnerJdbc owner;

    @Autowired
    nl.waakvlam.coach.CoachService coaches;

    @Autowired
    nl.waakvlam.security.AccountService accounts;

    @Autowired
    java.time.Clock clock;

    final Map<String, MockHttpSession> sessions = new HashMap<>();

    MockHttpSession as(String username) throws Exception {
        MockHttpSession session = sessions.get(username);
        if (session == null) {
            session = login(mvc, username);
            sessions.put(username, session);
        }
        return session;
    }

    Long userId(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    Long clientOfCoach(String coach) {
        return jdbc.queryForObject("select min(id) from client where phase in ('INTENSIVE','SCALING_DOWN','WAAKVLAM') "
                + "and coach_id = ?", Long.class, userId(coach));
    }

    Long clientOfReferrer(String referrer) {
        return jdbc.queryForObject("select min(id) from client where referrer_id = ?", Long.class, userId(referrer));
    }

    int denied(String username, Long clientId) {
        return jdbc.queryForObject("select count(*) from audit_event where username = ? and client_id = ? "
                + "and outcome = 'DENIED'", Integer.class, username, clientId);
    }

    @ParameterizedTest(name = "{0} GET {1} → {2}")
    @CsvSource({
            "coach1,/caseload,200", "verwijzer1,/caseload,403", "projectleider,/caseload,403", "beheerder,/caseload,403",
            "coach1,/referrals,403", "verwijzer1,/referrals,200", "projectleider,/referrals,403", "beheerder,/referrals,403",
            "coach1,/referrals/new,403", "verwijzer1,/referrals/new,200", "projectleider,/referrals/new,200",
            "beheerder,/referrals/new,403",
            "coach1,/intake,403", "verwijzer1,/intake,403", "projectleider,/intake,200", "beheerder,/intake,403",
            "coach1,/coaches,403", "verwijzer1,/coaches,403", "projectleider,/coaches,200", "beheerder,/coaches,403"})
    void routesPerRole(String username, String path, int expected) throws Exception {
        mvc.perform(get(path).session(as(username))).andExpect(status().is(expected));
    }

    @Test
    void anonymousUsersAreSentToLoginForEveryClientRoute() throws Exception {
        Long client = clientOfCoach("coach1");
        for (String path : new String[]{"/clients/" + client, "/intake", "/intake/" + client, "/coaches",
                "/referrals/new"}) {
            mvc.perform(get(path)).andExpect(status().isFound());
        }
    }

    @Test
    void intakeAndProfilePagesWithIdsArePerRole() throws Exception {
        Long referred = jdbc.queryForObject("select min(id) from client where phase = 'REFERRED'", Long.class);
        Long coach = userId("coach2");
        mvc.perform(get("/intake/{id}", referred).session(as("projectleider"))).andExpect(status().isOk());
        mvc.perform(get("/coaches/{id}/profile", coach).session(as("projectleider"))).andExpect(status().isOk());
        for (String other : new String[]{"coach1", "verwijzer1", "beheerder"}) {
            mvc.perform(get("/intake/{id}", referred).session(as(other))).andExpect(status().isForbidden());
            mvc.perform(get("/coaches/{id}/profile", coach).session(as(other))).andExpect(status().isForbidden());
            mvc.perform(post("/intake/{id}/accept", referred).with(csrf()).session(as(other)))
                    .andExpect(status().isForbidden());
        }
        // a profile id that is not a coach is not found
        mvc.perform(get("/coaches/{id}/profile", userId("verwijzer1")).session(as("projectleider")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCoachOpeningAnotherCoachsClientGets404AndTheAttemptIsLogged() throws Exception {
        Long client = clientOfCoach("coach2");
        int before = denied("coach1", client);
        mvc.perform(get("/clients/{id}", client).session(as("coach1"))).andExpect(status().isNotFound());
        mvc.perform(post("/clients/{id}/phase", client).with(csrf()).session(as("coach1"))
                        .param("version", "0").param("target", "ENDED").param("on", "2026-01-01")
                        .param("endReason", "MOVED").param("aftercare", "x"))
                .andExpect(status().isNotFound());
        assertThat(denied("coach1", client)).isEqualTo(before + 2);
        mvc.perform(get("/clients/{id}", client).session(as("coach2"))).andExpect(status().isOk());
    }

    @Test
    void aReferrerOpeningAnotherReferrersClientGets404AndTheAttemptIsLogged() throws Exception {
        Long client = clientOfReferrer("verwijzer2");
        int before = denied("verwijzer1", client);
        mvc.perform(get("/clients/{id}", client).session(as("verwijzer1"))).andExpect(status().isNotFound());
        assertThat(denied("verwijzer1", client)).isEqualTo(before + 1);
        mvc.perform(get("/clients/{id}", client).session(as("verwijzer2"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Werkaantekeningen van de coach zijn nooit zichtbaar")));
    }

    @Test
    void anAdministratorOpeningAnyClientGets404AndTheAttemptIsLogged() throws Exception {
        Long client = clientOfCoach("coach1");
        int before = denied("beheerder", client);
        mvc.perform(get("/clients/{id}", client).session(as("beheerder"))).andExpect(status().isNotFound());
        assertThat(denied("beheerder", client)).isEqualTo(before + 1);
    }

    @Test
    void aClientThatDoesNotExistLooksTheSameAsOneOutOfReach() throws Exception {
        mvc.perform(get("/clients/{id}", 987654321L).session(as("coach1"))).andExpect(status().isNotFound());
        assertThat(denied("coach1", 987654321L)).isPositive();
    }

    @Test
    void theProjectLeaderSeesEveryClientsMetadata() throws Exception {
        mvc.perform(get("/clients/{id}", clientOfCoach("coach3")).session(as("projectleider")))
                .andExpect(status().isOk());
    }

    @Test
    void duringAnAbsenceTheCoverCoachSeesTheAbsentCoachsClientsMarkedAsCover() throws Exception {
        // demo data: coach3 is ill today, coach1 covers; a designated cover coach on the client takes precedence
        Long coach3 = userId("coach3");
        Long undesignated = jdbc.queryForObject("select min(id) from client where coach_id = ? and cover_coach_id is null "
                + "and phase in ('INTENSIVE','SCALING_DOWN','WAAKVLAM')", Long.class, coach3);
        Long designatedToCoach4 = jdbc.queryForObject("select min(id) from client where coach_id = ? "
                + "and cover_coach_id = ? and phase in ('INTAKE','INTENSIVE','SCALING_DOWN','WAAKVLAM')", Long.class,
                coach3, userId("coach4"));

        mvc.perform(get("/clients/{id}", undesignated).session(as("coach1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("als vervanger van de vaste coach")));
        mvc.perform(get("/clients/{id}", undesignated).session(as("coach4"))).andExpect(status().isNotFound());
        mvc.perform(get("/clients/{id}", designatedToCoach4).session(as("coach4"))).andExpect(status().isOk());
        mvc.perform(get("/clients/{id}", designatedToCoach4).session(as("coach1"))).andExpect(status().isNotFound());
        String name = jdbc.queryForObject("select first_name from client where id = ?", String.class, undesignated);
        mvc.perform(get("/caseload").param("phase", "ALL").session(as("coach1")))
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("Vervanging voor Lotte Bakker")));
        // coach2 is absent only in the future: nobody covers coach2's clients today
        Long coach2Client = clientOfCoach("coach2");
        mvc.perform(get("/clients/{id}", coach2Client).session(as("coach4"))).andExpect(status().isNotFound());
    }

    @Test
    void anAbsenceRecordedNowCountsAtOnceThoughAbsencesAreKeptInMemory() {
        // a coach of their own, without clients, so the other tests' visibility stays as it was
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        Long away = accounts.createIfAbsent(new nl.waakvlam.security.NewAccount("absence-coach",
                nl.waakvlam.shared.DemoMode.PASSWORD, "Afwezige Coach", null, null, nl.waakvlam.security.Role.COACH,
                null, null)).id();
        assertThat(coaches.absentOn(today)).noneMatch(a -> a.coachId().equals(away));

        coaches.addAbsence(new nl.waakvlam.coach.NewAbsence(away, today, today.plusDays(2),
                nl.waakvlam.coach.AbsenceReason.SICK, userId("coach1")), userId("projectleider"));

        assertThat(coaches.absentOn(today)).anyMatch(a -> a.coachId().equals(away)
                && a.coverCoachId().equals(userId("coach1")));
        assertThat(coaches.absencesBetween(today.minusDays(30), today.plusDays(30)))
                .anyMatch(a -> a.coachId().equals(away));
        assertThat(coaches.absentOn(today.plusDays(3))).noneMatch(a -> a.coachId().equals(away));
    }

    @Test
    void viewsAndSearchResultsAreAudited() throws Exception {
        Long client = clientOfCoach("coach1");
        int views = jdbc.queryForObject("select count(*) from audit_event where username = 'coach1' and client_id = ? "
                + "and action = 'VIEW' and outcome = 'ALLOWED'", Integer.class, client);
        mvc.perform(get("/clients/{id}", client).session(as("coach1"))).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where username = 'coach1' and client_id = ? "
                + "and action = 'VIEW' and outcome = 'ALLOWED' and source_address is not null", Integer.class, client))
                .isEqualTo(views + 1);

        String lastName = jdbc.queryForObject("select last_name from client where id = ?", String.class, client);
        int searches = jdbc.queryForObject("select count(*) from audit_event where action = 'SEARCH' and client_id = ?",
                Integer.class, client);
        mvc.perform(get("/caseload").param("q", lastName).session(as("coach1")))
                .andExpect(content().string(containsString(lastName)));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'SEARCH' and client_id = ?",
                Integer.class, client)).isEqualTo(searches + 1);
    }

    @Test
    void theAdministratorReadsTheAccessLogWithoutClientContent() throws Exception {
        Long client = clientOfCoach("coach2");
        mvc.perform(get("/clients/{id}", client).session(as("coach1"))).andExpect(status().isNotFound());
        String name = jdbc.queryForObject("select last_name from client where id = ?", String.class, client);
        String page = mvc.perform(get("/admin/audit").param("client", client.toString()).session(as("beheerder")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("coach1").contains("Geweigerd").doesNotContain(name);
        // what was touched is named in the reader's language, not by its internal name
        assertThat(page).contains("<td>Cliënt " + client + "</td>").doesNotContain("<td>client " + client);
        String english = mvc.perform(get("/admin/audit").param("client", client.toString()).param("lang", "en")
                .session(as("beheerder"))).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("<td>Client " + client + "</td>");
        for (String other : new String[]{"coach1", "verwijzer1", "projectleider"}) {
            mvc.perform(get("/admin/audit").session(as(other))).andExpect(status().isForbidden());
        }
    }

    @Test
    void theAuditTrailIsAppendOnlyEvenForTheSchemaOwner() {
        assertThatThrownBy(() -> owner.jdbc().update("update audit_event set outcome = 'ALLOWED'"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.jdbc().update("delete from audit_event"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    @Test
    void loginsAndFailedLoginsAreAudited() throws Exception {
        int failed = jdbc.queryForObject("select count(*) from audit_event where action = 'LOGIN_FAILED' "
                + "and username = 'coach3'", Integer.class);
        mvc.perform(post("/login").with(csrf()).param("username", "coach3").param("password", "nope"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'LOGIN_FAILED' "
                + "and username = 'coach3'", Integer.class)).isEqualTo(failed + 1);
    }
}
