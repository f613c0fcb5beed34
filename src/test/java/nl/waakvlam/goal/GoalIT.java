package nl.waakvlam.goal;

import nl.waakvlam.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;

import static nl.waakvlam.support.Sessions.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Goals in the client's own words: coaches add and update, the project leader reads, others get 404. */
@IntegrationTest
class GoalIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void goalsAreKeptWithDatedProgressAndStayWithTheClientsCoach() throws Exception {
        Long client = jdbc.queryForObject("select min(id) from client c where phase = 'INTENSIVE' "
                + "and coach_id = (select id from user_account where username = 'coach2')", Long.class);
        String goal = "Ik wil zelf mijn huur betalen " + UUID.randomUUID().toString().substring(0, 4);
        MockHttpSession coach = login(mvc, "coach2");
        mvc.perform(post("/clients/{id}/goals", client).with(csrf()).session(coach).param("description", " "))
                .andExpect(status().isFound());
        mvc.perform(post("/clients/{id}/goals", client).with(csrf()).session(coach).param("description", goal)
                .param("owner", "CLIENT")).andExpect(status().isFound());
        Long id = jdbc.queryForObject("select id from goal where description = ?", Long.class, goal);
        mvc.perform(post("/clients/{c}/goals/{g}", client, id).with(csrf()).session(coach).param("version", "0")
                .param("status", "ACHIEVED").param("note", "Twee maanden op tijd betaald")).andExpect(status().isFound());
        mvc.perform(post("/clients/{c}/goals/{g}", client, id).with(csrf()).session(coach).param("version", "0")
                .param("status", "OPEN")).andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select status from goal where id = ?", String.class, id)).isEqualTo("ACHIEVED");
        mvc.perform(get("/clients/{id}", client).session(coach))
                .andExpect(content().string(containsString(goal)))
                .andExpect(content().string(containsString("Twee maanden op tijd betaald")));
        mvc.perform(get("/clients/{id}", client).session(login(mvc, "projectleider")))
                .andExpect(content().string(containsString(goal)))
                .andExpect(content().string(not(containsString("Doel toevoegen"))));
        for (String other : new String[]{"coach1", "beheerder", "projectleider"}) {
            mvc.perform(post("/clients/{id}/goals", client).with(csrf()).session(login(mvc, other))
                    .param("description", "x")).andExpect(status().isNotFound());
        }
        String referrer = jdbc.queryForObject("select u.username from user_account u join client c on c.referrer_id = u.id "
                + "where c.id = ?", String.class, client);
        mvc.perform(get("/clients/{id}", client).session(login(mvc, referrer)))
                .andExpect(content().string(not(containsString(goal))));
    }

    @Test
    void lifeDomainNamesOnTheFileFollowThePagesLanguage() throws Exception {
        Long client = jdbc.queryForObject("select max(id) from client c where phase = 'INTENSIVE' "
                + "and coach_id = (select id from user_account where username = 'coach2')", Long.class);
        var domain = jdbc.queryForMap("select id, name_nl, name_en from life_domain where name_nl <> name_en "
                + "order by sort_order limit 1");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        MockHttpSession coach = login(mvc, "coach2");
        mvc.perform(post("/clients/{id}/goals", client).with(csrf()).session(coach).param("description", "Doel " + tag)
                .param("lifeDomainId", domain.get("id").toString()).param("owner", "CLIENT")).andExpect(status().isFound());
        mvc.perform(post("/clients/{id}/plan/actions", client).with(csrf()).session(coach)
                .param("description", "Actie " + tag).param("lifeDomainId", domain.get("id").toString())
                .param("owner", "CLIENT")).andExpect(status().isFound());

        // the goal's and the plan action's life domain, each written as "<domain> · " before its text
        String english = mvc.perform(get("/clients/{id}", client).param("lang", "en").session(coach))
                .andReturn().getResponse().getContentAsString();
        String dutch = mvc.perform(get("/clients/{id}", client).param("lang", "nl").session(coach))
                .andReturn().getResponse().getContentAsString();

        assertThat(english).contains("Doel " + tag, "Actie " + tag);
        assertThat(english.split(java.util.regex.Pattern.quote(domain.get("name_en") + " · "), -1)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(english).doesNotContain(domain.get("name_nl") + " · ");
        assertThat(dutch.split(java.util.regex.Pattern.quote(domain.get("name_nl") + " · "), -1)).hasSizeGreaterThanOrEqualTo(3);
    }
}
