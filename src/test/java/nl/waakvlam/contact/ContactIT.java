package nl.waakvlam.contact;

import nl.waakvlam.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import static nl.waakvlam.support.Sessions.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Logging, bad input, attempts and the flame, correcting with conflicts, deleting with a reason. */
@IntegrationTest
class ContactIT {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    Long userId(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    /** A fresh client of coach1 in the waakvlam phase, coached for a year, with no contacts. */
    Long freshClient() {
        Long track = jdbc.queryForObject("select id from track where code = 'ADULTS'", Long.class);
        Long organisation = jdbc.queryForObject("select organisation_id from user_account where username = 'verwijzer3'",
                Long.class);
        return jdbc.queryForObject("insert into client (first_name, last_name, date_of_birth, track_id, phase, "
                        + "phase_since, started_on, referring_organisation_id, referrer_id, coach_id) values "
                        + "(?, 'Contacttest', date '1990-01-01', ?, 'WAAKVLAM', current_date - 200, current_date - 365, ?, ?, ?) "
                        + "returning id", Long.class, "Flame" + UUID.randomUUID().toString().substring(0, 6), track,
                organisation, userId("verwijzer3"), userId("coach1"));
    }

    String now() {
        return LocalDateTime.now(ZONE).withSecond(0).withNano(0).toString();
    }

    @Test
    void theTodayListShowsEachClientOnceWithEveryReasonAndItsOwnAction() throws Exception {
        MockHttpSession coach = login(mvc, "coach1");
        Long client = freshClient(); // coached a year without contact: the flame is going out
        // an unanswered call with a follow-up due today: a second reason for the same client
        mvc.perform(post("/clients/{id}/contacts/new", client).with(csrf()).session(coach)
                        .param("occurredAt", now()).param("outcome", "NO_ANSWER").param("type", "PHONE")
                        .param("followUpAction", "Morgen nog eens bellen")
                        .param("followUpDue", LocalDateTime.now(ZONE).toLocalDate().toString()))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/caseload").session(coach)).andReturn().getResponse().getContentAsString();
        String today = page.substring(page.indexOf("wv-attention"), page.indexOf("</ul>", page.indexOf("wv-attention")));
        assertThat(today.split("href=\"/clients/" + client + "\"", -1)).as("the client once").hasSize(2);
        assertThat(today).contains("Waakvlam dreigt uit te gaan").contains("Morgen nog eens bellen")
                .contains("/clients/" + client + "/contacts/new?from=caseload").contains("Opvolging bekijken");
    }

    @Test
    void malformedInputComesBackOnTheFormAndNothingIsSaved() throws Exception {
        MockHttpSession coach = login(mvc, "coach1");
        Long client = freshClient();
        // a life domain that does not exist
        mvc.perform(post("/clients/{id}/contacts/new", client).with(csrf()).session(coach)
                        .param("occurredAt", now()).param("outcome", "REACHED").param("type", "PHONE")
                        .param("lifeDomainIds", "999999").param("privateNote", "Huur besproken."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kies een leefgebied uit de lijst.")))
                .andExpect(content().string(containsString("Huur besproken.")));
        // a NUL byte in a note: a message next to the field, not a database error
        mvc.perform(post("/clients/{id}/contacts/new", client).with(csrf()).session(coach)
                        .param("occurredAt", now()).param("outcome", "REACHED").param("type", "PHONE")
                        .param("privateNote", "Huur\u0000besproken"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Deze tekst bevat tekens die niet zijn toegestaan.")));
        assertThat(jdbc.queryForObject("select count(*) from contact_moment where client_id = ?", Long.class, client))
                .isZero();
    }

    @Test
    void theCaseloadOffersBothAttemptsForEveryClientThroughOneForm() throws Exception {
        MockHttpSession coach = login(mvc, "coach1");
        Long client = freshClient();
        String name = jdbc.queryForObject("select first_name from client where id = ?", String.class, client);
        String page = mvc.perform(get("/caseload?q=" + name).session(coach))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String main = page.substring(page.indexOf("<main"));
        // one form (and one token) for the whole list, not two per client
        assertThat(main.split("<form", -1)).hasSize(3); // the filters and the attempts
        assertThat(main.split("name=\"_csrf\"", -1)).hasSize(2);
        assertThat(main).contains("<form id=\"attempts\"");
        String attempt = "formaction=\"/clients/" + client + "/contacts/attempt\"";
        assertThat(main.split(attempt, -1)).hasSize(3);

        // a button of the list posts through that form: outcome from the button, the way back from the form
        // back to the same page of the list at the client's row, the confirmation there, naming the client
        assertThat(main).contains("name=\"back\" value=\"q=" + name + "\"");
        mvc.perform(post("/clients/{id}/contacts/attempt", client).with(csrf()).session(coach)
                        .param("outcome", "NOT_HOME").param("from", "caseload").param("back", "q=" + name + "&page=0"))
                .andExpect(redirectedUrl("/caseload?q=" + name + "&page=0#client-" + client));
        assertThat(jdbc.queryForObject("select outcome from contact_moment where client_id = ?", String.class, client))
                .isEqualTo("NOT_HOME");
        var flash = mvc.perform(post("/clients/{id}/contacts/attempt", client).with(csrf()).session(coach)
                        .param("outcome", "NO_ANSWER").param("from", "caseload").param("back", "q=" + name))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap();
        assertThat((java.util.Map<String, Object>) flash).containsKeys("flash", "flashArgs", "attemptClient");
        String after = mvc.perform(get("/caseload?q=" + name).session(coach))
                .andReturn().getResponse().getContentAsString();
        assertThat(after).contains("id=\"client-" + client + "\"").contains("Geen gehoor bij " + name);
        // anything but a query is not a way back
        mvc.perform(post("/clients/{id}/contacts/attempt", client).with(csrf()).session(coach)
                        .param("outcome", "NO_ANSWER").param("from", "caseload").param("back", "//evil.example/x"))
                .andExpect(redirectedUrl("/caseload#client-" + client));
    }

    @Test
    void aReachedContactAppearsOnTheTimelineAndRelightsTheFlame() throws Exception {
        MockHttpSession coach = login(mvc, "coach1");
        Long client = freshClient();
        mvc.perform(get("/clients/{id}", client).session(coach))
                .andExpect(content().string(containsString("Dreigt uit te gaan")));

        // attempts do not relight the flame
        mvc.perform(post("/clients/{id}/contacts/attempt", client).with(csrf()).session(coach)
                .param("outcome", "NO_ANSWER").param("from", "caseload"))
                .andExpect(redirectedUrl("/caseload#client-" + client));
        mvc.perform(get("/clients/{id}", client).session(coach))
                .andExpect(content().string(containsString("Dreigt uit te gaan")))
                .andExpect(content().string(containsString("Geen gehoor")));

        Long domain = jdbc.queryForObject("select id from life_domain where code = 'FINANCES'", Long.class);
        mvc.perform(post("/clients/{id}/contacts/new", client).with(csrf()).session(coach)
                        .param("occurredAt", now()).param("outcome", "REACHED").param("type", "PHONE")
                        .param("lifeDomainIds", domain.toString())
                        .param("privateNote", "Betalingsregeling besproken.")
                        .param("followUpAction", "Brief nasturen").param("followUpDue", LocalDateTime.now(ZONE)
                                .toLocalDate().toString()))
                .andExpect(redirectedUrl("/clients/" + client));
        mvc.perform(get("/clients/{id}", client).session(coach))
                .andExpect(content().string(containsString("Betalingsregeling besproken.")))
                .andExpect(content().string(containsString("Inkomen en financiën/schulden")))
                .andExpect(content().string(containsString("Brandt")));
        // the follow-up is on today's list
        String name = jdbc.queryForObject("select first_name from client where id = ?", String.class, client);
        String caseload = mvc.perform(get("/caseload").session(coach)).andReturn().getResponse().getContentAsString();
        assertThat(caseload.substring(0, caseload.indexOf("Alle cliënten"))).contains(name).contains("Brief nasturen");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where client_id = ? and action = 'CREATE' "
                + "and entity = 'contact'", Integer.class, client)).isEqualTo(2);
    }

    @Test
    void badInputIsExplainedNextToTheFieldAndKept() throws Exception {
        MockHttpSession coach = login(mvc, "coach1");
        Long client = freshClient();
        String future = LocalDateTime.now(ZONE).plusDays(2).withSecond(0).withNano(0).toString();
        mvc.perform(post("/clients/{id}/contacts/new", client).with(csrf()).session(coach)
                        .param("occurredAt", future).param("outcome", "REACHED")
                        .param("durationMinutes", "2000").param("privateNote", "Deze tekst blijft staan"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Het contact kan niet in de toekomst liggen.")))
                .andExpect(content().string(containsString("Kies het soort contact.")))
                .andExpect(content().string(containsString("Vul een duur in tussen 1 minuut en 24 uur")))
                .andExpect(content().string(containsString("Deze tekst blijft staan")));
        mvc.perform(post("/clients/{id}/contacts/new", client).with(csrf()).session(coach).param("lang", "en")
                        .param("occurredAt", now()).param("outcome", "REACHED").param("type", "PHONE")
                        .param("durationMinutes", "-5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a duration between 1 minute and 24 hours")));
        mvc.perform(get("/caseload").param("lang", "nl").session(coach));
        assertThat(jdbc.queryForObject("select count(*) from contact_moment where client_id = ?", Integer.class,
                client)).isZero();
    }

    @Test
    void aStaleEditShowsBothVersionsAndOverwritesNothing() throws Exception {
        MockHttpSession first = login(mvc, "coach1");
        MockHttpSession second = login(mvc, "coach1");
        Long client = freshClient();
        mvc.perform(post("/clients/{id}/contacts/new", client).with(csrf()).session(first)
                .param("occurredAt", now()).param("outcome", "REACHED").param("type", "HOME_VISIT")
                .param("privateNote", "Origineel"));
        Long contact = jdbc.queryForObject("select id from contact_moment where client_id = ?", Long.class, client);
        // both sessions open the edit form on version 0
        mvc.perform(get("/clients/{c}/contacts/{id}/edit", client, contact).session(first))
                .andExpect(content().string(containsString("Origineel")));
        mvc.perform(get("/clients/{c}/contacts/{id}/edit", client, contact).session(second));

        mvc.perform(post("/clients/{c}/contacts/{id}/edit", client, contact).with(csrf()).session(first)
                        .param("version", "0").param("occurredAt", now()).param("outcome", "REACHED")
                        .param("type", "HOME_VISIT").param("privateNote", "Eerste correctie"))
                .andExpect(redirectedUrl("/clients/" + client + "#contact-" + contact));
        mvc.perform(post("/clients/{c}/contacts/{id}/edit", client, contact).with(csrf()).session(second)
                        .param("version", "0").param("occurredAt", now()).param("outcome", "REACHED")
                        .param("type", "HOME_VISIT").param("privateNote", "Tweede correctie"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Tweede correctie")))
                .andExpect(content().string(containsString("Eerste correctie")))
                .andExpect(content().string(containsString("Uw versie (niet opgeslagen)")));
        assertThat(jdbc.queryForObject("select private_note from contact_moment where id = ?", String.class, contact))
                .isEqualTo("Eerste correctie");
    }

    @Test
    void deletingNeedsAReasonKeepsTheRowAndHidesIt() throws Exception {
        MockHttpSession coach = login(mvc, "coach1");
        Long client = freshClient();
        mvc.perform(post("/clients/{id}/contacts/new", client).with(csrf()).session(coach)
                .param("occurredAt", now()).param("outcome", "REACHED").param("type", "PHONE")
                .param("privateNote", "Per ongeluk bij de verkeerde cliënt"));
        Long contact = jdbc.queryForObject("select id from contact_moment where client_id = ?", Long.class, client);
        mvc.perform(post("/clients/{c}/contacts/{id}/delete", client, contact).with(csrf()).session(coach)
                .param("version", "0").param("reason", " ")).andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select deleted_at is null from contact_moment where id = ?", Boolean.class,
                contact)).isTrue();
        mvc.perform(post("/clients/{c}/contacts/{id}/delete", client, contact).with(csrf()).session(coach)
                        .param("version", "0").param("reason", "Verkeerde cliënt"))
                .andExpect(redirectedUrl("/clients/" + client));
        assertThat(jdbc.queryForObject("select delete_reason from contact_moment where id = ?", String.class, contact))
                .isEqualTo("Verkeerde cliënt");
        mvc.perform(get("/clients/{id}", client).session(coach))
                .andExpect(content().string(not(containsString("Per ongeluk bij de verkeerde cliënt"))));
    }

    @Test
    void onlyTheAuthorMayCorrectAndOnlyCoachesMayLog() throws Exception {
        Long client = freshClient();
        MockHttpSession coach = login(mvc, "coach1");
        mvc.perform(post("/clients/{id}/contacts/new", client).with(csrf()).session(coach)
                .param("occurredAt", now()).param("outcome", "REACHED").param("type", "PHONE"));
        Long contact = jdbc.queryForObject("select id from contact_moment where client_id = ?", Long.class, client);
        for (String other : new String[]{"coach2", "projectleider", "verwijzer3", "beheerder"}) {
            MockHttpSession session = login(mvc, other);
            mvc.perform(get("/clients/{c}/contacts/{id}/edit", client, contact).session(session))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/clients/{id}/contacts/new", client).session(session)).andExpect(status().isNotFound());
            mvc.perform(post("/clients/{id}/contacts/attempt", client).with(csrf()).session(session)
                    .param("outcome", "NO_ANSWER")).andExpect(status().isNotFound());
        }
        assertThat(jdbc.queryForObject("select count(*) from contact_moment where client_id = ?", Integer.class,
                client)).isEqualTo(1);
    }

    @Test
    void myWeekCountsOnlyMyOwnContacts() throws Exception {
        MockHttpSession coach = login(mvc, "coach4");
        mvc.perform(get("/caseload/week").session(coach)).andExpect(status().isOk())
                .andExpect(content().string(containsString("nooit met andere coaches vergeleken")));
        mvc.perform(get("/caseload/week").session(login(mvc, "projectleider"))).andExpect(status().isForbidden());
    }
}
