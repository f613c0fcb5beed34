package nl.waakvlam.client;

import nl.waakvlam.security.UserSummary;
import nl.waakvlam.support.IntegrationTest;
import nl.waakvlam.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static nl.waakvlam.support.Sessions.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code /clients}: who may list whom, the filters, the audit of a search and paging that keeps the search. */
@IntegrationTest
class ClientListIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestPeople people;

    String page(String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    String lastName(Long client) {
        return jdbc.queryForObject("select last_name from client where id = ?", String.class, client);
    }

    @Test
    void theProjectLeaderSearchesTheProgrammeAndEverySearchIsAudited() throws Exception {
        UserSummary coach = people.coach();
        UserSummary referrer = people.referrer();
        UserSummary leader = people.projectLeader();
        Long client = people.coachedClient(coach, referrer, leader);
        String name = lastName(client);
        MockHttpSession session = login(mvc, leader.username());

        String found = page("/clients?q=" + name.substring(name.indexOf(' ') + 1), session);
        assertThat(found).contains(name).contains("1 in totaal");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where user_id = ? and client_id = ? "
                + "and action = 'SEARCH'", Long.class, leader.id(), client)).isEqualTo(1);

        assertThat(page("/clients?coach=" + coach.id() + "&phase=ACTIVE", session)).contains(name);
        assertThat(page("/clients?coach=" + coach.id() + "&phase=ENDED", session)).doesNotContain(name);
        // 90 days in the intensive phase without a reached contact: the flame is going out
        assertThat(page("/clients?coach=" + coach.id() + "&flame=GOING_OUT", session)).contains(name);
        assertThat(page("/clients?coach=" + coach.id() + "&flame=BURNING", session)).doesNotContain(name);
        assertThat(page("/clients?coach=" + coach.id() + "&organisation=" + referrer.organisationId(), session))
                .contains(name);

        jdbc.update("insert into feedback_agreement (client_id, referrer_id, frequency, channel, made_on, next_due, "
                + "updated_at) values (?, ?, 'MONTHLY', 'PHONE', current_date - 40, current_date - 1, now())",
                client, referrer.id());
        assertThat(page("/clients?need=OVERDUE_FEEDBACK&coach=" + coach.id(), session)).contains(name);
        assertThat(page("/clients?need=OPEN_SCALE_UP&coach=" + coach.id(), session)).doesNotContain(name);

        // unknown values are ignored, not a server error
        assertThat(page("/clients?phase=NOPE&flame=%00&need=DROP", session)).contains("Alle cliënten");
        mvc.perform(get("/clients?coach=x").session(session)).andExpect(status().isBadRequest());
    }

    @Test
    void aCoachListsOnlyTheirOwnClientsAndOthersMayNotList() throws Exception {
        UserSummary coach = people.coach();
        UserSummary other = people.coach();
        UserSummary referrer = people.referrer();
        UserSummary leader = people.projectLeader();
        Long own = people.coachedClient(coach, referrer, leader);
        Long notOwn = people.coachedClient(other, referrer, leader);

        String list = page("/clients", login(mvc, coach.username()));
        assertThat(list).contains(lastName(own)).doesNotContain(lastName(notOwn)).contains("Al mijn cliënten");

        mvc.perform(get("/clients").session(login(mvc, referrer.username()))).andExpect(status().isForbidden());
        mvc.perform(get("/clients").session(login(mvc, "beheerder"))).andExpect(status().isForbidden());
    }

    @Test
    void pagingThroughASearchKeepsTheSearch() throws Exception {
        UserSummary coach = people.coach();
        UserSummary referrer = people.referrer();
        UserSummary leader = people.projectLeader();
        for (int i = 0; i < ClientListController.PAGE_SIZE + 1; i++) {
            people.coachedClient(coach, referrer, leader);
        }
        String first = page("/clients?coach=" + coach.id() + "&phase=ACTIVE", login(mvc, leader.username()));
        assertThat(first).contains("href=\"/clients?coach=" + coach.id() + "&amp;phase=ACTIVE&amp;page=1\"");
    }
}
