package nl.waakvlam.backoffice;

import nl.waakvlam.support.AppRoutes;
import nl.waakvlam.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.waakvlam.support.Sessions.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The back office ("secretariaat"): its own pages only, every other route refused; a directory with
 * names, phases, coaches and availability but never a note, report or goal; call-back requests that
 * reach the coach and, during an absence, the colleague standing in, until the coach marks them done.
 */
@IntegrationTest
class BackOfficeIT {

    /** The back office's own pages and the pages every signed-in user has. */
    static final List<String> OWN = List.of("/backoffice", "/account", "/inbox", "/mfa", "/");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    Long userId(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    @Test
    void everyRouteOutsideItsOwnPagesIsRefused() throws Exception {
        MockHttpSession backOffice = login(mvc, "secretariaat");
        Map<String, String> ids = AppRoutes.realIds(jdbc);
        List<String> reached = new ArrayList<>();
        List<String> others = AppRoutes.getPathsOutside(mappings, ids, OWN);
        for (String path : others) {
            int status = mvc.perform(get(path).session(backOffice)).andReturn().getResponse().getStatus();
            if (status != 403 && status != 404) {
                reached.add(path + " → " + status);
            }
        }
        assertThat(others.size()).isGreaterThan(40);
        assertThat(reached).as("routes the back office reaches").isEmpty();
        // and its own pages open
        for (String own : List.of("/backoffice", "/backoffice/callbacks", "/inbox", "/account")) {
            mvc.perform(get(own).session(backOffice)).andExpect(status().isOk());
        }
        mvc.perform(get("/").session(backOffice)).andExpect(redirectedUrl("/backoffice"));
        // no other role opens the back office
        for (String other : List.of("coach1", "verwijzer1", "projectleider", "beheerder")) {
            mvc.perform(get("/backoffice").session(login(mvc, other))).andExpect(status().isForbidden());
        }
    }

    @Test
    void theDirectoryShowsWhoCoachesAndWhoCoversButNeverWhatIsInTheFile() throws Exception {
        // coach3 is ill and coach1 covers (the test programme); one of coach3's clients carries canaries
        Long client = jdbc.queryForObject("select min(id) from client where coach_id = ? and phase in "
                + "('INTENSIVE', 'SCALING_DOWN', 'WAAKVLAM')", Long.class, userId("coach3"));
        String name = jdbc.queryForObject("select first_name from client where id = ?", String.class, client);
        String canary = "KNR" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("insert into contact_moment (client_id, coach_id, occurred_at, outcome, type, initiated_by, "
                + "private_note, shared_note, time_kind, created_at) values (?, ?, now() - interval '1 day', 'REACHED', "
                + "'PHONE', 'COACH', ?, ?, 'DIRECT', now())", client, userId("coach3"), canary, canary);
        jdbc.update("insert into goal (client_id, description, owner, status, created_by, created_at, updated_at) "
                + "values (?, ?, 'CLIENT', 'OPEN', ?, now(), now())", client, canary, userId("coach3"));
        jdbc.update("insert into progress_report (client_id, period_from, period_to, body, status, created_by, "
                + "created_at) values (?, current_date - 30, current_date, ?, 'DRAFT', ?, now())", client, canary,
                userId("coach3"));
        MockHttpSession backOffice = login(mvc, "secretariaat");

        String directory = mvc.perform(get("/backoffice").param("q", name).session(backOffice))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(directory).contains(name).contains("Lotte Bakker").contains("Afwezig t/m")
                .contains("Vervanger: Sanne Verhoeven").doesNotContain(canary);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where username = 'secretariaat' "
                + "and client_id = ? and action = 'SEARCH'", Long.class, client)).as("every listed client audited")
                .isPositive();
        for (String page : List.of("/backoffice/callbacks/new?client=" + client, "/backoffice/callbacks")) {
            assertThat(mvc.perform(get(page).session(backOffice)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString()).as(page).doesNotContain(canary);
        }
        mvc.perform(get("/clients/{id}", client).session(backOffice)).andExpect(status().isNotFound());
    }

    @Test
    void aCallbackReachesTheCoachAndTheColleagueStandingInUntilItIsMarkedDone() throws Exception {
        // a client of coach3 (ill, covered by coach1 on the absence) without a designated cover of its own
        Long client = jdbc.queryForObject("select max(id) from client where coach_id = ? and phase in "
                + "('INTENSIVE', 'SCALING_DOWN', 'WAAKVLAM') and cover_coach_id is null", Long.class, userId("coach3"));
        MockHttpSession backOffice = login(mvc, "secretariaat");
        String caller = "Beller " + UUID.randomUUID().toString().substring(0, 6);

        // bad input: messages at the fields, what was typed stays, nothing is stored
        String refused = mvc.perform(post("/backoffice/callbacks").with(csrf()).session(backOffice)
                        .param("clientId", client.toString()).param("callerName", caller).param("callerPhone", "bel me")
                        .param("message", "").param("urgency", "TODAY"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("value=\"" + caller + "\"").contains("is-invalid");
        assertThat(count(caller)).isZero();

        mvc.perform(post("/backoffice/callbacks").with(csrf()).session(backOffice)
                        .param("clientId", client.toString()).param("callerName", caller)
                        .param("callerPhone", "06 12345678").param("callerKind", "REFERRER")
                        .param("message", "Vraagt of de coach kan bellen over de nieuwe woning.").param("urgency", "TODAY"))
                .andExpect(redirectedUrl("/backoffice/callbacks"));
        Long request = jdbc.queryForObject("select id from callback_request where caller_name = ?", Long.class, caller);
        for (String coach : List.of("coach3", "coach1")) {
            assertThat(jdbc.queryForObject("select detail from notification where user_id = ? and type = "
                    + "'CALLBACK_REQUESTED' and link = ?", String.class, userId(coach), "/callbacks/" + request))
                    .as(coach).contains(caller).contains("06 12345678").contains("nieuwe woning");
        }
        assertThat(mvc.perform(get("/backoffice/callbacks").session(backOffice)).andReturn().getResponse()
                .getContentAsString()).contains(caller);

        // the colleague standing in reads it and marks it done; a coach without the client cannot
        mvc.perform(get("/callbacks/{id}", request).session(login(mvc, "coach2"))).andExpect(status().isNotFound());
        MockHttpSession standIn = login(mvc, "coach1");
        assertThat(mvc.perform(get("/callbacks/{id}", request).session(standIn)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains(caller).contains("tel:06 12345678");
        mvc.perform(post("/callbacks/{id}/done", request).with(csrf()).session(standIn))
                .andExpect(redirectedUrl("/callbacks/" + request));
        assertThat(jdbc.queryForObject("select done_at is not null from callback_request where id = ?", Boolean.class,
                request)).isTrue();
        assertThat(mvc.perform(get("/backoffice/callbacks").session(backOffice)).andReturn().getResponse()
                .getContentAsString()).contains(caller + " teruggebeld door Sanne Verhoeven");
        // the back office cannot mark anything done, or read the coach's side
        mvc.perform(get("/callbacks/{id}", request).session(backOffice)).andExpect(status().isForbidden());
    }

    long count(String caller) {
        return jdbc.queryForObject("select count(*) from callback_request where caller_name = ?", Long.class, caller);
    }
}
