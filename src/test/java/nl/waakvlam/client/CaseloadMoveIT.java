package nl.waakvlam.client;

import nl.waakvlam.security.UserSummary;
import nl.waakvlam.support.IntegrationTest;
import nl.waakvlam.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static nl.waakvlam.support.Sessions.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A leaving coach's caseload moved in one step: a preview of the receiving coaches' loads that warns
 * about an absent coach, a reason required, one transaction, every change announced.
 */
@IntegrationTest
class CaseloadMoveIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestPeople people;

    Long userId(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    @Test
    void theProjectLeaderMovesAllClientsOfALeavingCoachToTwoOthers() throws Exception {
        UserSummary leaving = people.coach();
        UserSummary referrer = people.referrer();
        UserSummary leader = people.projectLeader();
        List<Long> clients = List.of(people.coachedClient(leaving, referrer, leader),
                people.coachedClient(leaving, referrer, leader), people.coachedClient(leaving, referrer, leader));
        Long available = userId("coach4");
        Long ill = userId("coach3"); // absent today in the test programme
        MockHttpSession session = login(mvc, "projectleider");

        String form = mvc.perform(get("/coaches/{id}/move", leaving.id()).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Cliënten van " + leaving.displayName() + " overdragen")
                .contains("name=\"to-" + clients.get(0) + "\"");

        String preview = mvc.perform(post("/coaches/{id}/move", leaving.id()).with(csrf()).session(session)
                        .param("to-" + clients.get(0), available.toString()).param("to-" + clients.get(1), ill.toString())
                        .param("to-" + clients.get(2), "not-a-coach").param("all", available.toString())
                        .param("action", "preview"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("Wat er verandert").contains("Rachid El Amrani").contains("Lotte Bakker")
                .contains("Afwezig van").contains("Overdragen");
        assertThat(coachOf(clients.get(0))).as("a preview changes nothing").isEqualTo(leaving.id());

        // no reason: nothing moves
        mvc.perform(post("/coaches/{id}/move", leaving.id()).with(csrf()).session(session)
                        .param("all", available.toString()).param("action", "confirm"))
                .andExpect(status().isOk());
        assertThat(coachOf(clients.get(0))).isEqualTo(leaving.id());

        mvc.perform(post("/coaches/{id}/move", leaving.id()).with(csrf()).session(session)
                        .param("to-" + clients.get(1), ill.toString()).param("all", available.toString())
                        .param("reason", "Coach stopt; warme overdracht in een gesprek met beide coaches.")
                        .param("action", "confirm"))
                .andExpect(redirectedUrl("/coaches"));
        assertThat(coachOf(clients.get(0))).isEqualTo(available);
        assertThat(coachOf(clients.get(1))).isEqualTo(ill);
        assertThat(coachOf(clients.get(2))).isEqualTo(available);
        for (Long client : clients) {
            assertThat(jdbc.queryForObject("select count(*) from assignment where client_id = ? and role = 'PRIMARY' "
                    + "and ended_on is null and note like 'Coach stopt%'", Integer.class, client)).isOne();
            assertThat(jdbc.queryForObject("select count(*) from notification where type = 'COACH_CHANGED' "
                    + "and client_id = ? and user_id = ?", Integer.class, client, referrer.id())).isOne();
        }
        // the coach who left hears of all three; the ill coach's colleague standing in too
        assertThat(jdbc.queryForObject("select count(*) from notification where user_id = ? and type = 'COACH_CHANGED'",
                Integer.class, leaving.id())).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from notification where user_id = ? and type = 'COACH_CHANGED' "
                + "and client_id = ?", Integer.class, ill, clients.get(1))).isOne();

        // only the project leader moves caseloads
        mvc.perform(get("/coaches/{id}/move", available).session(login(mvc, "coach1"))).andExpect(status().isForbidden());
        mvc.perform(get("/coaches/{id}/move", referrer.id()).session(session)).andExpect(status().isNotFound());
    }

    Long coachOf(Long client) {
        return jdbc.queryForObject("select coach_id from client where id = ?", Long.class, client);
    }
}
