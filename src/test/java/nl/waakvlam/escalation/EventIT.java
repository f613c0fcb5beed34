package nl.waakvlam.escalation;

import nl.waakvlam.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The escalation ladder on real pages and PostgreSQL: consistency with phases, and access. */
@IntegrationTest
class EventIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    Long intensiveClientOfCoach1() {
        Long track = jdbc.queryForObject("select id from track where code = 'ADULTS'", Long.class);
        Long referrer = jdbc.queryForObject("select id from user_account where username = 'verwijzer3'", Long.class);
        Long organisation = jdbc.queryForObject("select organisation_id from user_account where id = ?", Long.class,
                referrer);
        return jdbc.queryForObject("insert into client (first_name, last_name, date_of_birth, track_id, phase, phase_since, "
                        + "started_on, referring_organisation_id, referrer_id, coach_id) values (?, 'Ladder', date '1995-03-03', "
                        + "?, 'INTENSIVE', current_date - 60, current_date - 60, ?, ?, "
                        + "(select id from user_account where username = 'coach1')) returning id", Long.class,
                "Esc" + UUID.randomUUID().toString().substring(0, 5), track, organisation, referrer);
    }

    String phase(Long client) {
        return jdbc.queryForObject("select phase from client where id = ?", String.class, client);
    }

    @Test
    void signalScaleUpReturnAndScaleDownStayConsistentWithThePhase() throws Exception {
        MockHttpSession coach = login(mvc, "coach1");
        Long client = intensiveClientOfCoach1();
        mvc.perform(post("/clients/{id}/warning-signs", client).with(csrf()).session(coach)
                        .param("sign", "Ik blijf in bed liggen").param("action", "Coach komt langs").param("whoActs", "coach"))
                .andExpect(redirectedUrl("/clients/" + client + "#warning-plan"));
        Long sign = jdbc.queryForObject("select id from warning_sign where client_id = ?", Long.class, client);

        // a return without an open scale-up is refused with a clear message, nothing saved
        mvc.perform(post("/clients/{id}/events/new", client).with(csrf()).session(coach)
                        .param("type", "RETURN").param("occurredOn", TODAY.toString())
                        .param("whatHappened", "Terug").param("severity", "LOW"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Er is geen lopende opschaling om van terug te komen.")));
        mvc.perform(post("/clients/{id}/events/new", client).with(csrf()).session(coach).param("lang", "en")
                        .param("type", "RETURN").param("occurredOn", TODAY.toString())
                        .param("whatHappened", "Back").param("severity", "LOW"))
                .andExpect(content().string(containsString("There is no open scale-up to return from.")));
        mvc.perform(get("/caseload").param("lang", "nl").session(coach));

        mvc.perform(post("/clients/{id}/events/new", client).with(csrf()).session(coach)
                        .param("type", "SIGNAL").param("occurredOn", TODAY.minusDays(10).toString())
                        .param("source", "POLICE").param("warningSignId", sign.toString())
                        .param("whatHappened", "Wijkagent belt: nachtelijke onrust.").param("severity", "HIGH"))
                .andExpect(redirectedUrl("/clients/" + client));
        mvc.perform(post("/clients/{id}/events/new", client).with(csrf()).session(coach)
                        .param("type", "SCALE_UP").param("occurredOn", TODAY.minusDays(9).toString())
                        .param("newOrganisationName", "GGZ Testland").param("careKind", "Traumabehandeling")
                        .param("waitingSince", TODAY.minusDays(9).toString()).param("bridging", "true")
                        .param("infoExchangeConsent", "true").param("whatHappened", "Aangemeld bij de GGZ.")
                        .param("severity", "HIGH"))
                .andExpect(redirectedUrl("/clients/" + client));
        assertThat(phase(client)).isEqualTo("INTENSIVE");
        mvc.perform(get("/clients/{id}", client).session(coach))
                .andExpect(content().string(containsString("Opgeschaald naar GGZ Testland")))
                .andExpect(content().string(containsString("9 dagen wachten")))
                .andExpect(content().string(containsString("Ik blijf in bed liggen")));
        assertThat(jdbc.queryForObject("select count(*) from organisation where name = 'GGZ Testland'", Integer.class))
                .isEqualTo(1);

        mvc.perform(post("/clients/{id}/events/new", client).with(csrf()).session(coach)
                        .param("type", "RETURN").param("occurredOn", TODAY.minusDays(1).toString())
                        .param("whatHappened", "Behandeling afgerond.").param("severity", "LOW"))
                .andExpect(redirectedUrl("/clients/" + client));
        assertThat(jdbc.queryForObject("select scale_up_outcome from client_event where client_id = ? and type = 'SCALE_UP'",
                String.class, client)).isEqualTo("RETURNED");

        mvc.perform(post("/clients/{id}/events/new", client).with(csrf()).session(coach)
                        .param("type", "SCALE_DOWN").param("occurredOn", TODAY.toString())
                        .param("whatHappened", "Gaat goed, minder contact nodig.").param("severity", "LOW"))
                .andExpect(redirectedUrl("/clients/" + client));
        assertThat(phase(client)).isEqualTo("SCALING_DOWN");
        mvc.perform(post("/clients/{id}/events/new", client).with(csrf()).session(coach)
                        .param("type", "SCALE_DOWN").param("occurredOn", TODAY.toString())
                        .param("whatHappened", "Stabiel; naar waakvlam.").param("severity", "LOW"))
                .andExpect(redirectedUrl("/clients/" + client));
        assertThat(phase(client)).isEqualTo("WAAKVLAM");
        mvc.perform(get("/clients/{id}", client).session(coach))
                .andExpect(content().string(containsString("minstens elke 28 dagen")))
                .andExpect(content().string(not(containsString("Opgeschaald naar GGZ Testland"))));

        // a relapse with "back to intensive" re-escalates
        mvc.perform(post("/clients/{id}/events/new", client).with(csrf()).session(coach)
                        .param("type", "RELAPSE").param("occurredOn", TODAY.toString()).param("backToIntensive", "true")
                        .param("whatHappened", "Weer schulden.").param("severity", "MEDIUM"))
                .andExpect(redirectedUrl("/clients/" + client));
        assertThat(phase(client)).isEqualTo("INTENSIVE");
        assertThat(jdbc.queryForObject("select count(*) from phase_change where client_id = ?", Integer.class, client))
                .isEqualTo(3);
    }

    @Test
    void aRefusedPhaseChangeLeavesNoEventBehind() throws Exception {
        MockHttpSession coach = login(mvc, "coach1");
        Long client = intensiveClientOfCoach1();
        mvc.perform(post("/clients/{id}/events/new", client).with(csrf()).session(coach)
                        .param("type", "CRISIS").param("occurredOn", TODAY.toString()).param("backToIntensive", "true")
                        .param("whatHappened", "Crisis").param("severity", "HIGH"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("De cliënt is al in de fase intensief.")));
        assertThat(jdbc.queryForObject("select count(*) from client_event where client_id = ?", Integer.class, client))
                .isZero();
    }

    @Test
    void otherCoachesReferrersAdministratorsAndTheProjectLeaderCannotRecordEvents() throws Exception {
        Long client = intensiveClientOfCoach1();
        String referrer = "verwijzer3";
        for (String username : new String[]{"coach2", referrer, "beheerder", "projectleider"}) {
            MockHttpSession session = login(mvc, username);
            mvc.perform(get("/clients/{id}/events/new", client).session(session)).andExpect(status().isNotFound());
            mvc.perform(post("/clients/{id}/events/new", client).with(csrf()).session(session)
                    .param("type", "SIGNAL").param("occurredOn", TODAY.toString()).param("source", "COACH")
                    .param("whatHappened", "x").param("severity", "LOW")).andExpect(status().isNotFound());
            mvc.perform(post("/clients/{id}/warning-signs", client).with(csrf()).session(session)
                    .param("sign", "x").param("action", "y").param("whoActs", "z")).andExpect(status().isNotFound());
            mvc.perform(post("/clients/{id}/plan/actions", client).with(csrf()).session(session)
                    .param("description", "x").param("owner", "CLIENT")).andExpect(status().isNotFound());
            mvc.perform(post("/clients/{id}/plan/mandates", client).with(csrf()).session(session)
                    .param("organisationId", "1").param("advice", "x").param("sentOn", TODAY.toString()))
                    .andExpect(status().isNotFound());
        }
        assertThat(jdbc.queryForObject("select count(*) from client_event where client_id = ?", Integer.class, client)
                + jdbc.queryForObject("select count(*) from warning_sign where client_id = ?", Integer.class, client)
                + jdbc.queryForObject("select count(*) from plan_action where client_id = ?", Integer.class, client))
                .isZero();
        // the project leader sees the ladder (metadata), the referrer sees none of it
        mvc.perform(get("/clients/{id}", client).session(login(mvc, "projectleider")))
                .andExpect(content().string(containsString("Escalatieladder")));
        mvc.perform(get("/clients/{id}", client).session(login(mvc, referrer)))
                .andExpect(content().string(not(containsString("Escalatieladder"))))
                .andExpect(content().string(not(containsString("Signaleringsplan"))));
    }

    @Test
    void planOfActionAndMandateAdvice() throws Exception {
        MockHttpSession coach = login(mvc, "coach1");
        Long client = intensiveClientOfCoach1();
        Long organisation = jdbc.queryForObject("select id from organisation where name = 'Woonkracht Zwijndrecht'",
                Long.class);
        mvc.perform(post("/clients/{id}/plan/actions", client).with(csrf()).session(coach)
                .param("description", "Huurachterstand bespreken").param("owner", "ORGANISATION_SECOND_LINE"))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select count(*) from plan_action where client_id = ?", Integer.class, client))
                .isZero();
        // an organisation that does not exist is a message, not a database error, and nothing is saved
        mvc.perform(post("/clients/{id}/plan/actions", client).with(csrf()).session(coach)
                .param("description", "Huurachterstand bespreken").param("owner", "ORGANISATION_SECOND_LINE")
                .param("organisationId", "999999")).andExpect(status().isFound())
                .andExpect(flash().attribute("flashError", "organisation.unknown"));
        mvc.perform(post("/clients/{id}/plan/mandates", client).with(csrf()).session(coach)
                .param("organisationId", "999999").param("advice", "Ontruiming opschorten")
                .param("sentOn", TODAY.minusDays(3).toString())).andExpect(status().isFound())
                .andExpect(flash().attribute("flashError", "organisation.unknown"));
        assertThat(jdbc.queryForObject("select count(*) from plan_action where client_id = ?", Integer.class, client))
                .isZero();
        mvc.perform(post("/clients/{id}/plan/actions", client).with(csrf()).session(coach)
                .param("description", "Huurachterstand bespreken").param("owner", "ORGANISATION_SECOND_LINE")
                .param("organisationId", organisation.toString())).andExpect(status().isFound());
        mvc.perform(post("/clients/{id}/plan/mandates", client).with(csrf()).session(coach)
                .param("organisationId", organisation.toString()).param("advice", "Ontruiming opschorten")
                .param("sentOn", TODAY.minusDays(3).toString())).andExpect(status().isFound());
        Long mandate = jdbc.queryForObject("select id from mandate_advice where client_id = ?", Long.class, client);
        mvc.perform(post("/clients/{c}/plan/mandates/{m}/decision", client, mandate).with(csrf()).session(coach)
                .param("decision", "REJECTED").param("decidedOn", TODAY.toString())).andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select decision from mandate_advice where id = ?", String.class, mandate))
                .isEqualTo("PENDING");
        mvc.perform(post("/clients/{c}/plan/mandates/{m}/decision", client, mandate).with(csrf()).session(coach)
                .param("decision", "MODIFIED").param("reason", "Alleen uitstel van twee maanden")
                .param("decidedOn", TODAY.toString())).andExpect(status().isFound());
        mvc.perform(get("/clients/{id}", client).session(coach))
                .andExpect(content().string(containsString("Huurachterstand bespreken")))
                .andExpect(content().string(containsString("Aangepast overgenomen")));
    }
}
