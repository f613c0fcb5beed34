package nl.waakvlam.client;

import nl.waakvlam.security.UserSummary;
import nl.waakvlam.support.IntegrationTest;
import nl.waakvlam.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static nl.waakvlam.support.Sessions.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The handover from the record: a change of coach gives the new coach a summary of the file to read
 * first (open goals, the early-warning plan, the last contacts, the notes marked for the handover, never
 * an unmarked private note), which they acknowledge; the project leader sees the unread ones; a warm
 * handover visit can be planned, and the coach who handed over hears of it.
 */
@IntegrationTest
class HandoverIT {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestPeople people;

    @Test
    void theNewCoachReadsTheFileAsItStandsWithOnlyTheMarkedNotes() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        UserSummary leaving = people.coach();
        UserSummary taking = people.coach();
        UserSummary referrer = people.referrer();
        UserSummary leader = people.projectLeader();
        Long client = people.coachedClient(leaving, referrer, leader);
        MockHttpSession before = login(mvc, leaving.username());

        // what the leaving coach wrote: goals, an early-warning sign, contacts with private notes
        mvc.perform(post("/clients/{id}/goals", client).with(csrf()).session(before)
                .param("description", "Open doel " + tag).param("owner", "CLIENT")).andExpect(status().isFound());
        mvc.perform(post("/clients/{id}/goals", client).with(csrf()).session(before)
                .param("description", "Behaald doel " + tag).param("owner", "COACH")).andExpect(status().isFound());
        Long achieved = jdbc.queryForObject("select id from goal where description = ?", Long.class, "Behaald doel " + tag);
        mvc.perform(post("/clients/{c}/goals/{g}", client, achieved).with(csrf()).session(before)
                .param("version", "0").param("status", "ACHIEVED")).andExpect(status().isFound());
        mvc.perform(post("/clients/{id}/warning-signs", client).with(csrf()).session(before)
                .param("sign", "Blijft in bed " + tag).param("action", "Coach belt de moeder").param("whoActs", "coach"))
                .andExpect(status().isFound());
        contact(before, client, "Onmarkeerd geheim " + tag, false, null);
        contact(before, client, "Belt liever dan appt " + tag, true, "Huurachterstand bespreken " + tag);

        mvc.perform(post("/clients/{id}/coach", client).with(csrf()).session(login(mvc, "projectleider"))
                        .param("version", String.valueOf(version(client))).param("coachId", taking.id().toString())
                        .param("handoverNote", "Coach stopt per 1 januari " + tag))
                .andExpect(redirectedUrl("/clients/" + client));

        MockHttpSession coach = login(mvc, taking.username());
        assertThat(page(coach, "/caseload")).contains("Overdracht lezen: cliënt overgenomen op")
                .contains("/clients/" + client + "/handover");
        assertThat(page(coach, "/clients/" + client)).contains("Lees eerst de overdracht");
        assertThat(jdbc.queryForObject("select link from notification where user_id = ? and type = 'COACH_CHANGED'",
                String.class, taking.id())).isEqualTo("/clients/" + client + "/handover");

        String summary = page(coach, "/clients/" + client + "/handover");
        assertThat(summary).contains("Van " + leaving.displayName() + " naar " + taking.displayName())
                .contains("Coach stopt per 1 januari " + tag).contains("Open doel " + tag).contains("Blijft in bed " + tag)
                .contains("Belt liever dan appt " + tag).contains("Huurachterstand bespreken " + tag)
                .contains("Gelezen, ik neem het over")
                .doesNotContain("Behaald doel " + tag).doesNotContain("Onmarkeerd geheim " + tag);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where client_id = ? and user_id = ? "
                + "and action = 'VIEW' and entity = 'client'", Integer.class, client, taking.id()))
                .as("reading the summary is a read of the file").isGreaterThanOrEqualTo(2);

        // the project leader sees it unread, reads the summary without the private notes
        MockHttpSession pl = login(mvc, "projectleider");
        assertThat(page(pl, "/handovers")).contains("/clients/" + client + "/handover").contains(taking.displayName());
        assertThat(page(pl, "/coaches")).contains("nog niet gelezen").contains("href=\"/handovers\"");
        assertThat(page(pl, "/clients/" + client + "/handover")).contains("Open doel " + tag)
                .contains("Er is 1 notitie voor de overdracht").doesNotContain("Belt liever dan appt " + tag)
                .doesNotContain("Gelezen, ik neem het over");

        // nobody else reads it: the coach who left, the referrer, the back office, the administrator
        for (String other : new String[]{leaving.username(), referrer.username(), "secretariaat", "beheerder"}) {
            int status = mvc.perform(get("/clients/{id}/handover", client).session(login(mvc, other)))
                    .andReturn().getResponse().getStatus();
            assertThat(status).as(other).isIn(403, 404);
        }
        mvc.perform(post("/clients/{id}/handover/read", client).with(csrf()).session(pl))
                .andExpect(status().isNotFound());

        // a warm handover visit: not in the past; then planned, and the coach who left is asked
        long assignmentVersion = jdbc.queryForObject("select version from assignment where client_id = ? "
                + "and ended_on is null and role = 'PRIMARY'", Long.class, client);
        String past = LocalDateTime.now(ZONE).minusDays(1).truncatedTo(ChronoUnit.MINUTES).toString();
        assertThat(mvc.perform(post("/clients/{id}/handover/warm-visit", client).with(csrf()).session(coach)
                        .param("version", String.valueOf(assignmentVersion)).param("at", past).param("place", "Thuis"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Kies een moment dat nog moet komen.").contains("value=\"Thuis\"");
        assertThat(mvc.perform(post("/clients/{id}/handover/warm-visit", client).with(csrf()).session(coach)
                        .param("version", String.valueOf(assignmentVersion)).param("at", "morgen"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("invalid-feedback");
        String next = LocalDateTime.now(ZONE).plusDays(3).withHour(14).truncatedTo(ChronoUnit.HOURS).toString();
        mvc.perform(post("/clients/{id}/handover/warm-visit", client).with(csrf()).session(coach)
                        .param("version", String.valueOf(assignmentVersion)).param("at", next)
                        .param("place", "Bij de cliënt thuis"))
                .andExpect(redirectedUrl("/clients/" + client + "/handover"));
        mvc.perform(post("/clients/{id}/handover/warm-visit", client).with(csrf()).session(pl)
                        .param("version", String.valueOf(assignmentVersion)).param("action", "cancel"))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForList("select message_key from notification where user_id = ? "
                + "and link like ?", String.class, leaving.id(), "/caseload?warmVisit=" + client + "&at=%"))
                .containsExactly("notification.warmVisit.planned");
        assertThat(page(coach, "/clients/" + client + "/handover")).contains("Gepland:").contains("Bij de cliënt thuis");
        assertThat(page(coach, "/clients/" + client + "/contacts/new?type=WARM_HANDOVER"))
                .containsPattern("value=\"WARM_HANDOVER\"[^>]*checked");

        // read: off Vandaag and off the project leader's list
        mvc.perform(post("/clients/{id}/handover/read", client).with(csrf()).session(coach))
                .andExpect(redirectedUrl("/clients/" + client));
        assertThat(jdbc.queryForObject("select handover_read_at is not null from assignment where client_id = ? "
                + "and ended_on is null and role = 'PRIMARY'", Boolean.class, client)).isTrue();
        assertThat(page(coach, "/caseload")).doesNotContain("/clients/" + client + "/handover");
        assertThat(page(pl, "/handovers")).doesNotContain("/clients/" + client + "/handover");
        assertThat(page(coach, "/clients/" + client + "/handover")).contains("Gelezen op")
                .doesNotContain("Gelezen, ik neem het over");
    }

    void contact(MockHttpSession session, Long client, String privateNote, boolean forHandover, String followUp)
            throws Exception {
        var request = post("/clients/{id}/contacts/new", client).with(csrf()).session(session)
                .param("occurredAt", LocalDateTime.now(ZONE).minusHours(2).truncatedTo(ChronoUnit.MINUTES).toString())
                .param("outcome", "REACHED").param("type", "FACE_TO_FACE").param("privateNote", privateNote)
                .param("forHandover", String.valueOf(forHandover));
        if (followUp != null) {
            request.param("followUpAction", followUp)
                    .param("followUpDue", LocalDateTime.now(ZONE).toLocalDate().plusDays(7).toString());
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    long version(Long client) {
        return jdbc.queryForObject("select version from client where id = ?", Long.class, client);
    }
}
