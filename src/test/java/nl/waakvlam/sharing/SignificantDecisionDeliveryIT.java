package nl.waakvlam.sharing;

import nl.waakvlam.security.UserSummary;
import nl.waakvlam.shared.events.EventResubmission;
import nl.waakvlam.support.IntegrationTest;
import nl.waakvlam.support.OwnerJdbc;
import nl.waakvlam.support.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static nl.waakvlam.support.Sessions.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A referrer's inbox item for a significant decision is a reaction in another module, run after the
 * coach's contact is committed. When it fails, the contact stays saved and the publication stays
 * incomplete; resubmission delivers the item exactly once.
 */
@IntegrationTest
class SignificantDecisionDeliveryIT {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestPeople people;

    @Autowired
    EventResubmission resubmission;

    /** Making the inbox fail takes a trigger, which only the schema owner may create. */
    @Autowired
    OwnerJdbc owner;

    @AfterEach
    void inboxWorksAgain() {
        owner.execute("drop trigger if exists test_inbox_down on notification");
    }

    @Test
    void aFailingInboxNeverRollsBackTheContactAndIsDeliveredOnceOnResubmission() throws Exception {
        UserSummary coach = people.coach();
        UserSummary referrer = people.referrer();
        Long client = people.coachedClient(coach, referrer, people.projectLeader());
        MockHttpSession session = login(mvc, coach.username());
        mvc.perform(post("/clients/{id}/agreement", client).with(csrf()).session(session)
                .param("referrerId", referrer.id().toString()).param("frequency", "SIGNIFICANT_EVENTS_ONLY")
                .param("channel", "PORTAL").param("topics", "Wonen")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/clients/{id}/consents", client).with(csrf()).session(session)
                .param("recipientType", "REFERRER").param("referrerId", referrer.id().toString())
                .param("events", "true").param("obtainedHow", "CONVERSATION")
                .param("givenOn", LocalDate.now(ZONE).toString())).andExpect(status().is3xxRedirection());

        // the referrer's inbox is down: every new inbox item for them fails in the database
        owner.execute("create or replace function test_inbox_down() returns trigger language plpgsql as $$ "
                + "begin raise exception 'inbox unavailable'; end $$");
        owner.execute("create trigger test_inbox_down before insert on notification for each row when (new.user_id = "
                + referrer.id() + ") execute function test_inbox_down()");

        mvc.perform(post("/clients/{id}/contacts/new", client).with(csrf()).session(session)
                        .param("occurredAt", LocalDateTime.now(ZONE).minusHours(1).withSecond(0).withNano(0).toString())
                        .param("outcome", "REACHED").param("type", "PHONE").param("significantDecision", "true")
                        .param("privateNote", "Besloten om te verhuizen."))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select count(*) from contact_moment where client_id = ? "
                + "and significant_decision", Long.class, client)).as("the contact is saved").isEqualTo(1);
        assertThat(inboxItems(referrer)).isZero();
        assertThat(incompletePublications(client)).as("the publication waits for another try").isEqualTo(1);

        owner.execute("drop trigger test_inbox_down on notification");
        resubmission.resubmitFailed();
        resubmission.resubmitFailed();

        assertThat(inboxItems(referrer)).as("delivered exactly once").isEqualTo(1);
        assertThat(incompletePublications(client)).isZero();
    }

    @Test
    void aScaleUpReachesAReferrerWithAConsentedAgreementWithoutTheCoachTickingAnythingAndNoOtherReferrer()
            throws Exception {
        UserSummary coach = people.coach();
        UserSummary consented = people.referrer();
        Long client = people.coachedClient(coach, consented, people.projectLeader());
        UserSummary withoutConsent = people.referrer();
        MockHttpSession session = login(mvc, coach.username());
        for (UserSummary referrer : List.of(consented, withoutConsent)) {
            mvc.perform(post("/clients/{id}/agreement", client).with(csrf()).session(session)
                    .param("referrerId", referrer.id().toString()).param("frequency", "SIGNIFICANT_EVENTS_ONLY")
                    .param("channel", "PORTAL").param("topics", "Wonen")).andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/clients/{id}/consents", client).with(csrf()).session(session)
                .param("recipientType", "REFERRER").param("referrerId", consented.id().toString())
                .param("events", "true").param("obtainedHow", "CONVERSATION")
                .param("givenOn", LocalDate.now(ZONE).toString())).andExpect(status().is3xxRedirection());

        // a scale-up to the GGZ with a waiting list: "belangrijk" is not ticked, it is one by its nature
        mvc.perform(post("/clients/{id}/events/new", client).with(csrf()).session(session)
                        .param("type", "SCALE_UP").param("occurredOn", LocalDate.now(ZONE).toString())
                        .param("newOrganisationName", "GGZ Wachtland").param("careKind", "Behandeling")
                        .param("waitingSince", LocalDate.now(ZONE).toString()).param("bridging", "true")
                        .param("infoExchangeConsent", "true").param("whatHappened", "Aangemeld bij de GGZ.")
                        .param("severity", "HIGH"))
                .andExpect(redirectedUrl("/clients/" + client));

        assertThat(inboxItems(consented)).as("the referrer with consent is told at once").isEqualTo(1);
        assertThat(inboxItems(withoutConsent)).as("no consent, no message").isZero();
    }

    long inboxItems(UserSummary user) {
        return jdbc.queryForObject("select count(*) from notification where user_id = ? and type = 'SIGNIFICANT_EVENT'",
                Long.class, user.id());
    }

    long incompletePublications(Long client) {
        return jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
                + "and event_type like '%SignificantDecisionLogged' and serialized_event like ?", Long.class,
                "%\"clientId\":" + client + ",%");
    }
}
