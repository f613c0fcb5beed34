package nl.waakvlam.retention;

import nl.waakvlam.client.ClientRetention;
import nl.waakvlam.client.RetentionCandidate;
import nl.waakvlam.security.UserSummary;
import nl.waakvlam.support.IntegrationTest;
import nl.waakvlam.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static nl.waakvlam.support.Sessions.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The retention job does what its dry run said, once even when started twice at the same time; an
 * erasure needs the project leader's reasoned request and a second person's approval, and changes
 * nothing before that approval.
 */
@IntegrationTest
class RetentionIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestPeople people;

    @Autowired
    RetentionService retention;

    @Autowired
    RetentionJob job;

    @Autowired
    ClientRetention clients;

    /** A client whose coaching ended {@code yearsAgo} years ago. */
    Long endedClient(int yearsAgo) {
        Long client = people.coachedClient(people.coach(), people.referrer(), people.projectLeader());
        jdbc.update("update client set phase = 'ENDED', ended_on = ?, phase_since = ?, end_reason = 'GOAL_REACHED' "
                + "where id = ?", LocalDate.now().minusYears(yearsAgo), LocalDate.now().minusYears(yearsAgo), client);
        return client;
    }

    Long declinedClient(int yearsAgo) {
        Long client = people.referredClient(people.referrer(), people.projectLeader());
        jdbc.update("update client set phase = 'DECLINED', phase_since = ? where id = ?",
                LocalDate.now().minusYears(yearsAgo), client);
        return client;
    }

    List<Long> dryRunIds() {
        return retention.dryRun(PageRequest.of(0, 1000)).clients().map(RetentionCandidate::clientId).getContent();
    }

    boolean anonymised(Long client) {
        return jdbc.queryForObject("select anonymised_at is not null from client where id = ?", Boolean.class, client);
    }

    @Test
    void theDryRunListsWhatTheJobThenDoes() throws Exception {
        Long longEnded = endedClient(21);
        Long longDeclined = declinedClient(3);
        Long recentlyEnded = endedClient(1);
        List<Long> listed = dryRunIds();
        assertThat(listed).contains(longEnded, longDeclined).doesNotContain(recentlyEnded);
        String page = mvc.perform(get("/admin/retention").session(login(mvc, "beheerder")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Cliënt " + longEnded).contains("Cliënt " + longDeclined)
                .as("no client content on the administrator's page").doesNotContain("Test Cliënt");

        job.runDaily();

        for (Long client : listed) {
            assertThat(anonymised(client)).as("client " + client).isTrue();
        }
        assertThat(anonymised(recentlyEnded)).isFalse();
        assertThat(dryRunIds()).as("nothing left over").isEmpty();
        assertThat(retention.lastRun()).isNotNull();
    }

    @Test
    void theJobRunTwiceAtOnceAnonymisesOnce() throws Exception {
        Long client = endedClient(25);
        CyclicBarrier together = new CyclicBarrier(2);
        Runnable run = () -> {
            try {
                together.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            job.runDaily();
        };
        CompletableFuture.allOf(CompletableFuture.runAsync(run), CompletableFuture.runAsync(run)).get();

        assertThat(anonymised(client)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'CLIENT_ANONYMISED' "
                + "and client_id = ?", Long.class, client)).isOne();

        Long another = endedClient(25);
        CyclicBarrier both = new CyclicBarrier(2);
        var first = CompletableFuture.supplyAsync(() -> await(both) && clients.anonymise(another));
        var second = CompletableFuture.supplyAsync(() -> await(both) && clients.anonymise(another));
        assertThat(List.of(first.get(), second.get())).as("the row lock lets one of two callers anonymise")
                .containsExactlyInAnyOrder(true, false);
    }

    static boolean await(CyclicBarrier barrier) {
        try {
            barrier.await();
            return true;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anErasureNeedsAReasonAndASecondPersonAndChangesNothingBeforeApproval() throws Exception {
        UserSummary coach = people.coach();
        UserSummary referrer = people.referrer();
        UserSummary projectLeader = people.projectLeader();
        Long client = people.coachedClient(coach, referrer, projectLeader);
        String name = jdbc.queryForObject("select last_name from client where id = ?", String.class, client);
        MockHttpSession leader = login(mvc, projectLeader.username());
        MockHttpSession admin = login(mvc, "beheerder");

        mvc.perform(get("/clients/{id}", client).session(leader)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/clients/" + client + "/erasure")));
        mvc.perform(post("/clients/{id}/erasure", client).with(csrf()).session(leader).param("reason", "  "))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Vul een reden in.")));
        assertThat(openRequests(client)).as("no reason, no request").isZero();
        mvc.perform(post("/clients/{id}/erasure", client).with(csrf()).session(login(mvc, coach.username()))
                .param("reason", "Verzoek van de cliënt")).andExpect(status().isNotFound());

        mvc.perform(post("/clients/{id}/erasure", client).with(csrf()).session(leader)
                .param("reason", "Verzoek van de cliënt (AVG art. 17)")).andExpect(status().is3xxRedirection());
        assertThat(openRequests(client)).isOne();
        Long request = jdbc.queryForObject("select id from erasure_request where client_id = ?", Long.class, client);
        // every active administrator is told, by client number and reason, never by name; the requester is not
        List<Long> admins = jdbc.queryForList("select id from user_account where role = 'ADMIN' and enabled",
                Long.class);
        assertThat(admins).isNotEmpty();
        for (Long adminId : admins) {
            assertThat(jdbc.queryForObject("select detail from notification where user_id = ? and type = "
                    + "'ERASURE_REQUESTED' and link = ?", String.class, adminId, "/admin/retention#erasure-" + request))
                    .contains("Cliëntnummer " + client).doesNotContain("Verzoek van de cliënt (AVG art. 17)")
                    .contains(projectLeader.displayName()).doesNotContain(name);
        }
        assertThat(jdbc.queryForObject("select count(*) from notification where user_id = ? and type = "
                + "'ERASURE_REQUESTED'", Long.class, projectLeader.id())).isZero();
        mvc.perform(get("/inbox").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Er is een verzoek tot verwijdering van een dossier.")))
                .andExpect(content().string(not(containsString(name))));

        // the leader's file shows the open request instead of the way to make one
        mvc.perform(get("/clients/{id}", client).session(leader)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/clients/" + client + "/erasure"))));
        // requested, not approved: nothing changes, everyone still sees the file
        assertThat(anonymised(client)).isFalse();
        assertThat(jdbc.queryForObject("select last_name from client where id = ?", String.class, client)).isEqualTo(name);
        mvc.perform(get("/clients/{id}", client).session(login(mvc, coach.username()))).andExpect(status().isOk());
        // the requester's role cannot approve, and the database refuses the requester as decider
        mvc.perform(post("/admin/retention/erasures/{id}/approve", request).with(csrf()).session(leader)
                .param("version", "0")).andExpect(status().isForbidden());
        assertThatThrownBy(() -> jdbc.update("update erasure_request set status = 'APPROVED', decided_by = requested_by, "
                + "decided_at = now() where id = ?", request)).isInstanceOf(DataAccessException.class);
        assertThat(anonymised(client)).isFalse();

        // the administrator sees whom the request is about (name and year of birth), and that look is audited
        String born = jdbc.queryForObject("select extract(year from date_of_birth)::int::text from client where id = ?",
                String.class, client);
        mvc.perform(get("/admin/retention").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString(name + " (" + born + "), cliëntnummer " + client)));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where client_id = ? and action = 'VIEW' "
                + "and username = 'beheerder'", Long.class, client)).isOne();
        mvc.perform(post("/admin/retention/erasures/{id}/approve", request).with(csrf()).session(admin)
                .param("version", "0")).andExpect(status().is3xxRedirection());

        assertThat(anonymised(client)).isTrue();
        // the project leader who asked hears the outcome
        mvc.perform(get("/inbox").session(leader)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Uw verzoek tot verwijdering is goedgekeurd")))
                .andExpect(content().string(containsString("Cliëntnummer " + client + ".")));
        for (UserSummary user : List.of(coach, referrer, projectLeader)) {
            mvc.perform(get("/clients/{id}", client).session(login(mvc, user.username()))).andExpect(status().isNotFound());
        }
        assertThat(jdbc.queryForList("select action from audit_event where client_id = ? and action like 'ERASURE%' "
                + "order by id", String.class, client)).containsExactly("ERASURE_REQUESTED", "ERASURE_APPROVED");
        // once erased, the decided request names no one
        mvc.perform(get("/admin/retention").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(name + " ("))));
    }

    @Test
    void aRejectedErasureChangesNothing() throws Exception {
        Long client = people.coachedClient(people.coach(), people.referrer(), people.projectLeader());
        MockHttpSession leader = login(mvc, people.projectLeader().username());
        mvc.perform(post("/clients/{id}/erasure", client).with(csrf()).session(leader).param("reason", "Verzoek"))
                .andExpect(status().is3xxRedirection());
        Long request = jdbc.queryForObject("select id from erasure_request where client_id = ?", Long.class, client);
        mvc.perform(get("/clients/{id}", client).session(leader)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/clients/" + client + "/erasure"))));
        mvc.perform(post("/admin/retention/erasures/{id}/reject", request).with(csrf())
                .session(login(mvc, "beheerder")).param("version", "0")).andExpect(status().is3xxRedirection());
        // rejected, the request is no longer open: the leader may make a new one
        mvc.perform(get("/clients/{id}", client).session(leader)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/clients/" + client + "/erasure")));
        assertThat(anonymised(client)).isFalse();
        assertThat(jdbc.queryForObject("select status from erasure_request where id = ?", String.class, request))
                .isEqualTo("REJECTED");
        mvc.perform(get("/inbox").session(leader)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Uw verzoek tot verwijdering is afgewezen")));
    }

    @Test
    void theAuditTrailIsNeverKeptShorterThanFiveYears() throws Exception {
        MockHttpSession admin = login(mvc, "beheerder");
        String page = mvc.perform(post("/admin/retention/rules/AUDIT_EVENT").with(csrf()).session(admin)
                .param("years", "4").param("version", "0")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Deze termijn is minstens 5 jaar.").contains("value=\"4\"");
        assertThat(jdbc.queryForObject("select years from retention_rule where record_type = 'AUDIT_EVENT'", Integer.class))
                .isEqualTo(5);
        mvc.perform(post("/admin/retention/rules/INBOX_ITEM").with(csrf()).session(admin)
                .param("years", "abc").param("version", "0")).andExpect(status().isOk());
        mvc.perform(get("/admin/retention").session(login(mvc, "projectleider"))).andExpect(status().isForbidden());
    }

    long openRequests(Long client) {
        return jdbc.queryForObject("select count(*) from erasure_request where client_id = ? and status = 'REQUESTED'",
                Long.class, client);
    }
}
