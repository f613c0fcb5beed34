package nl.waakvlam.contact;

import nl.waakvlam.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static nl.waakvlam.support.Sessions.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A private note is a canary: it must appear for the client's coach and on no page that another
 * coach, the referrer, the project leader or the administrator can reach.
 */
@IntegrationTest
class PrivateNoteCanaryIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void privateNotesReachTheClientsCoachOnly() throws Exception {
        String canary = "CANARY-" + UUID.randomUUID();
        Long coach1 = jdbc.queryForObject("select id from user_account where username = 'coach1'", Long.class);
        Long client = jdbc.queryForObject("select min(id) from client where coach_id = ? and phase = 'INTENSIVE'",
                Long.class, coach1);
        String referrer = jdbc.queryForObject("select u.username from user_account u join client c "
                + "on c.referrer_id = u.id where c.id = ?", String.class, client);
        MockHttpSession coach = login(mvc, "coach1");
        mvc.perform(post("/clients/{id}/contacts/new", client).with(csrf()).session(coach)
                .param("occurredAt", LocalDateTime.now(ZoneId.of("Europe/Amsterdam")).withSecond(0).withNano(0).toString())
                .param("outcome", "REACHED").param("type", "FACE_TO_FACE").param("privateNote", canary)
                .param("followUpAction", "Actie " + canary));
        Long contact = jdbc.queryForObject("select id from contact_moment where private_note = ?", Long.class, canary);

        assertThat(body(coach, "/clients/" + client)).contains(canary);

        List<String> pages = List.of("/", "/caseload", "/caseload?phase=ALL", "/caseload/week", "/referrals",
                "/referrals/new", "/intake", "/coaches", "/dashboard", "/admin/users", "/clients/" + client,
                "/clients/" + client + "?type=FACE_TO_FACE", "/clients/" + client + "/contacts/new",
                "/clients/" + client + "/contacts/" + contact + "/edit", "/intake/" + client);
        for (String username : new String[]{"coach2", "coach3", "coach4", referrer, "projectleider", "beheerder"}) {
            MockHttpSession session = login(mvc, username);
            for (String page : pages) {
                assertThat(body(session, page)).as(username + " on " + page).doesNotContain(canary);
            }
        }
    }

    String body(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString();
    }
}
