package nl.waakvlam.client;

import nl.waakvlam.security.UserSummary;
import nl.waakvlam.support.IntegrationTest;
import nl.waakvlam.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

import static nl.waakvlam.support.Sessions.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The caseload's "Today" list gathers what other modules have due for the coach's clients: an
 * event's follow-up (escalation) and a feedback conversation with the referrer (sharing), each
 * only when due by today and not yet done.
 */
@IntegrationTest
class TodayListIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestPeople people;
    @Autowired
    Clock clock;

    @Test
    void anEventFollowUpAndAFeedbackConversationDueTodayAreOnTheList() throws Exception {
        UserSummary coach = people.coach();
        UserSummary referrer = people.referrer();
        Long due = people.coachedClient(coach, referrer, people.projectLeader());
        Long later = people.coachedClient(coach, referrer, people.projectLeader());
        LocalDate today = LocalDate.now(clock);
        Timestamp now = Timestamp.from(clock.instant());
        String event = "insert into client_event (client_id, type, occurred_on, what_happened, severity, recorded_by, "
                + "created_at, follow_up_on) values (?, 'SIGNAL', ?, ?, 'MEDIUM', ?, ?, ?)";
        jdbc.update(event, due, today.minusDays(2), "Vandaag-signaal nabellen", coach.id(), now, today);
        jdbc.update(event, later, today.minusDays(2), "Later-signaal nabellen", coach.id(), now, today.plusDays(3));
        String agreement = "insert into feedback_agreement (client_id, referrer_id, frequency, channel, made_on, "
                + "next_due, updated_at) values (?, ?, 'MONTHLY', 'PHONE', ?, ?, ?)";
        jdbc.update(agreement, due, referrer.id(), today.minusMonths(1), today, now);
        jdbc.update(agreement, later, referrer.id(), today.minusMonths(1), today.plusDays(3), now);

        String page = mvc.perform(get("/caseload").param("today", "all").session(login(mvc, coach.username())))
                .andReturn().getResponse().getContentAsString();
        String todayList = page.substring(page.indexOf("wv-attention"), page.indexOf("</ul>", page.indexOf("wv-attention")));

        assertThat(todayList).contains("Vandaag-signaal nabellen").doesNotContain("Later-signaal nabellen");
        assertThat(todayList).contains("/clients/" + due + "#sharing").doesNotContain("/clients/" + later + "#sharing");
    }
}
