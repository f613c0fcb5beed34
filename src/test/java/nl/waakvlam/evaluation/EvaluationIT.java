package nl.waakvlam.evaluation;

import nl.waakvlam.client.ClientAccounts;
import nl.waakvlam.measurement.InstrumentCatalogue;
import nl.waakvlam.security.UserSummary;
import nl.waakvlam.support.AppRoutes;
import nl.waakvlam.support.IntegrationTest;
import nl.waakvlam.support.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.time.LocalDate;
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
 * The evaluation as its users meet it: a round's questionnaires reach referrers and coaches in their
 * inbox and the client's on the coach's today list and on Mijn Waakvlam, and are stored once as
 * data; a prevented escalation's avoided cost goes from the coach's proposal to the project leader's
 * confirmed amount; a story that names the client or their network cannot be chosen; the
 * administrator words the questions; the steering group reaches figures only.
 */
@IntegrationTest
class EvaluationIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestPeople people;
    @Autowired
    InstrumentCatalogue catalogue;
    @Autowired
    ClientAccounts clientAccounts;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    UserSummary coach;
    UserSummary referrer;
    UserSummary leader;
    Long client;
    Long round;

    @BeforeEach
    void anOpenRound() {
        coach = people.coach();
        referrer = people.referrer();
        leader = people.projectLeader();
        client = people.coachedClient(coach, referrer, leader);
        round = jdbc.queryForObject("insert into monitoring_round (name, opens_on, closes_on, created_by, created_at) "
                + "values (?, current_date - 1, current_date + 14, ?, now()) returning id", Long.class,
                "Evaluatie " + UUID.randomUUID().toString().substring(0, 6), leader.id());
        catalogue.refresh();
    }

    @AfterEach
    void closeTheRound() {
        // an open round puts every client on the coaches' lists: the other tests expect none
        jdbc.update("update monitoring_round set opens_on = current_date - 30, closes_on = current_date - 20 where id = ?",
                round);
        catalogue.refresh();
    }

    Long question(String audience, String code) {
        return jdbc.queryForObject("select id from questionnaire_question where audience = ? and code = ?", Long.class,
                audience, code);
    }

    @Test
    void aRoundsQuestionnairesReachTheRightPeopleAndAreAnsweredOnce() throws Exception {
        MockHttpSession projectLeader = login(mvc, leader.username());
        mvc.perform(post("/dashboard/rounds/{id}/questionnaires", round).param("audiences", "CLIENT", "REFERRER", "COACH")
                .session(projectLeader).with(csrf())).andExpect(status().is3xxRedirection());
        // referrers who referred a client and every coach are told, once
        for (UserSummary person : List.of(referrer, coach)) {
            assertThat(jdbc.queryForObject("select count(*) from notification where user_id = ? and type = 'QUESTIONNAIRE_OPEN' "
                    + "and link = ?", Long.class, person.id(), "/vragenlijst/" + round)).isEqualTo(1);
        }
        mvc.perform(post("/dashboard/rounds/{id}/questionnaires", round).param("audiences", "CLIENT", "REFERRER", "COACH")
                .session(projectLeader).with(csrf()));
        assertThat(jdbc.queryForObject("select count(*) from notification where user_id = ? and type = 'QUESTIONNAIRE_OPEN' "
                + "and link = ?", Long.class, referrer.id(), "/vragenlijst/" + round)).isEqualTo(1);

        // the referrer answers from the inbox item; a wrong mark is shown next to it, keeping the rest
        MockHttpSession referrerSession = login(mvc, referrer.username());
        String inbox = mvc.perform(get("/inbox").session(referrerSession)).andReturn().getResponse().getContentAsString();
        assertThat(inbox).contains("Een vragenlijst van de monitoringsronde staat voor u klaar");
        Long item = jdbc.queryForObject("select id from notification where user_id = ? and type = 'QUESTIONNAIRE_OPEN' "
                + "and link = ?", Long.class, referrer.id(), "/vragenlijst/" + round);
        mvc.perform(get("/inbox/{id}", item).session(referrerSession)).andExpect(redirectedUrl("/vragenlijst/" + round));
        String form = mvc.perform(get("/vragenlijst/{r}", round).session(referrerSession)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Welk cijfer geeft u de samenwerking met de lifecoaches?").doesNotContain("Smiley");
        String refused = mvc.perform(post("/vragenlijst/{r}", round).session(referrerSession).with(csrf())
                        .param("answers[" + question("REFERRER", "COLLABORATION") + "]", "11")
                        .param("answers[" + question("REFERRER", "PREVENTION_EXAMPLES") + "]", "Een schuld bleef klein."))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Kies een cijfer van 1 tot en met 10.").contains("Een schuld bleef klein.");
        mvc.perform(post("/vragenlijst/{r}", round).session(referrerSession).with(csrf())
                        .param("answers[" + question("REFERRER", "COLLABORATION") + "]", "9")
                        .param("answers[" + question("REFERRER", "PREVENTION_EXAMPLES") + "]", "Een schuld bleef klein.")
                        .param("answers[abc]", "x"))
                .andExpect(status().isOk());
        mvc.perform(post("/vragenlijst/{r}", round).session(referrerSession).with(csrf())
                        .param("answers[" + question("REFERRER", "COLLABORATION") + "]", "9")
                        .param("answers[" + question("REFERRER", "PREVENTION_EXAMPLES") + "]", "Een schuld bleef klein."))
                .andExpect(redirectedUrl("/vragenlijst/" + round));
        // sent again: the first answer counts, nothing is added
        mvc.perform(post("/vragenlijst/{r}", round).session(referrerSession).with(csrf())
                .param("answers[" + question("REFERRER", "COLLABORATION") + "]", "3"))
                .andExpect(redirectedUrl("/vragenlijst/" + round));
        assertThat(mvc.perform(get("/vragenlijst/{r}", round).session(referrerSession)).andReturn().getResponse()
                .getContentAsString()).contains("U heeft deze vragenlijst ingevuld");
        assertThat(jdbc.queryForList("select a.score from questionnaire_answer a join questionnaire_response r "
                + "on r.id = a.response_id where r.round_id = ? and r.respondent_id = ? and a.score is not null",
                Integer.class, round, referrer.id())).containsExactly(9);

        // the coach finds the client's questionnaire on the today list and fills it in with the client
        MockHttpSession coachSession = login(mvc, coach.username());
        String today = mvc.perform(get("/caseload").session(coachSession)).andReturn().getResponse().getContentAsString();
        assertThat(today).contains("/clients/" + client + "/vragenlijst/" + round);
        String clientForm = mvc.perform(get("/clients/{c}/vragenlijst/{r}", client, round).session(coachSession))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(clientForm).contains("Zou je de lifecoach missen als die er niet meer is?");
        mvc.perform(post("/clients/{c}/vragenlijst/{r}", client, round).session(coachSession).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/clients/{c}/vragenlijst/{r}", client, round).session(coachSession).with(csrf())
                        .param("answers[" + question("CLIENT", "SATISFIED_COACH") + "]", "8")
                        .param("answers[" + question("CLIENT", "WOULD_MISS") + "]", "0")
                        .param("answers[" + question("CLIENT", "CAN_DO_NOW") + "]", "Zelf de bus nemen."))
                .andExpect(redirectedUrl("/clients/" + client));
        assertThat(jdbc.queryForObject("select filled_in from questionnaire_response where round_id = ? and client_id = ?",
                String.class, round, client)).isEqualTo("WITH_COACH");
        assertThat(mvc.perform(get("/caseload").session(coachSession)).andReturn().getResponse().getContentAsString())
                .doesNotContain("/clients/" + client + "/vragenlijst/" + round);
        mvc.perform(get("/clients/{c}/vragenlijst/{r}", client, round).session(coachSession))
                .andExpect(status().isNotFound());
        mvc.perform(post("/clients/{c}/vragenlijst/{r}", client, round).session(coachSession).with(csrf())
                        .param("answers[" + question("CLIENT", "SATISFIED_COACH") + "]", "3"))
                .andExpect(redirectedUrl("/clients/" + client));
        // another coach does not reach this client's questionnaire
        mvc.perform(get("/clients/{c}/vragenlijst/{r}", client, round).session(login(mvc, people.coach().username())))
                .andExpect(status().isNotFound());

        // the project leader sees who still has to answer and the answers in words, without names
        String overview = mvc.perform(get("/dashboard/rounds/{id}/questionnaires", round).session(projectLeader))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(overview).contains("Zelf de bus nemen.").contains("Een schuld bleef klein.")
                .contains(coach.displayName());
        // a questionnaire with answers stays with the round
        String kept = mvc.perform(post("/dashboard/rounds/{id}/questionnaires", round).param("audiences", "COACH")
                .session(projectLeader).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(kept).contains("blijft bij de ronde");
    }

    @Test
    void theClientFillsInTheirOwnQuestionnaireOnMijnWaakvlam() throws Exception {
        jdbc.update("insert into round_questionnaire (round_id, audience) values (?, 'CLIENT')", round);
        String username = "client-" + UUID.randomUUID().toString().substring(0, 6);
        clientAccounts.importAccount(client, username, "drie woorden zijn genoeg", coach.id());
        MockHttpSession own = login(mvc, username, "drie woorden zijn genoeg");
        assertThat(mvc.perform(get("/mijn").session(own)).andReturn().getResponse().getContentAsString())
                .contains("/mijn/vragenlijst/" + round);
        String form = mvc.perform(get("/mijn/vragenlijst/{r}", round).session(own)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Heeft de lifecoach je geholpen?").contains("Je coach ziet niet wat je kiest.");
        mvc.perform(post("/mijn/vragenlijst/{r}", round).session(own).with(csrf())
                        .param("answers[" + question("CLIENT", "HELPED") + "]", "7"))
                .andExpect(status().isOk());
        assertThat(mvc.perform(post("/mijn/vragenlijst/{r}", round).session(own).with(csrf())
                        .param("answers[" + question("CLIENT", "SUPPORT_AREAS") + "]", "1", "12"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Kies een van de antwoorden.").contains("checked");
        mvc.perform(post("/mijn/vragenlijst/{r}", round).session(own).with(csrf())
                        .param("answers[" + question("CLIENT", "HELPED") + "]", "0")
                        .param("answers[" + question("CLIENT", "SATISFIED_LIFE") + "]", "7")
                        .param("answers[" + question("CLIENT", "SUPPORT_AREAS") + "]", "0", "3"))
                .andExpect(redirectedUrl("/mijn"));
        assertThat(jdbc.queryForObject("select a.choice from questionnaire_answer a join questionnaire_response r "
                + "on r.id = a.response_id where r.round_id = ? and r.client_id = ? and a.question_id = ?", Integer.class,
                round, client, question("CLIENT", "SUPPORT_AREAS"))).as("a listening ear and work").isEqualTo(0b1001);
        assertThat(jdbc.queryForObject("select filled_in from questionnaire_response where round_id = ? and client_id = ?",
                String.class, round, client)).isEqualTo("BY_CLIENT");
        assertThat(mvc.perform(get("/mijn").session(own)).andReturn().getResponse().getContentAsString())
                .doesNotContain("/mijn/vragenlijst/" + round);
        // sent again: the first answers count
        mvc.perform(post("/mijn/vragenlijst/{r}", round).session(own).with(csrf())
                .param("answers[" + question("CLIENT", "HELPED") + "]", "2")).andExpect(redirectedUrl("/mijn"));
        mvc.perform(get("/mijn/vragenlijst/{r}", round).session(own)).andExpect(status().isNotFound());
        // answered by the client: no longer on the coach's today list
        assertThat(mvc.perform(get("/caseload").session(login(mvc, coach.username()))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("/clients/" + client + "/vragenlijst/" + round);
    }

    @Test
    void anAvoidedCostGoesFromTheCoachsProposalToTheProjectLeadersConfirmedAmount() throws Exception {
        Long prevented = jdbc.queryForObject("insert into client_event (client_id, type, occurred_on, what_happened, "
                + "severity, recorded_by, created_at) values (?, 'ESCALATION_PREVENTED', current_date - 2, 'Gesprek', "
                + "'MEDIUM', ?, now()) returning id", Long.class, client, coach.id());
        Long signal = jdbc.queryForObject("insert into client_event (client_id, type, occurred_on, what_happened, "
                + "severity, recorded_by, created_at) values (?, 'SIGNAL', current_date - 2, 'Signaal', 'LOW', ?, now()) "
                + "returning id", Long.class, client, coach.id());
        Long wmo = jdbc.queryForObject("select id from avoided_cost_kind where name_nl = 'Wmo-indicatie voor begeleiding'",
                Long.class);
        MockHttpSession coachSession = login(mvc, coach.username());
        assertThat(mvc.perform(get("/clients/{c}", client).session(coachSession)).andReturn().getResponse()
                .getContentAsString()).contains("/clients/" + client + "/avoided-costs/new?event=" + prevented);
        mvc.perform(get("/clients/{c}/avoided-costs/new", client).param("event", signal.toString()).session(coachSession))
                .andExpect(status().isNotFound());
        String form = mvc.perform(get("/clients/{c}/avoided-costs/new", client).param("event", prevented.toString())
                .session(coachSession)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Wmo-indicatie voor begeleiding · € 26.000").contains("zonder controlegroep");
        assertThat(mvc.perform(post("/clients/{c}/avoided-costs/new", client).param("event", prevented.toString())
                .param("note", "Zonder soort").session(coachSession).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Kies wat er is voorkomen.").contains("Zonder soort");
        assertThat(mvc.perform(post("/clients/{c}/avoided-costs/new", client).param("event", prevented.toString())
                .param("kindId", wmo.toString()).param("amount", "veel").session(coachSession).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Vul een bedrag in hele euro’s in");
        mvc.perform(post("/clients/{c}/avoided-costs/new", client).param("event", prevented.toString())
                        .param("kindId", wmo.toString()).param("note", "Indicatie ingetrokken").session(coachSession)
                        .with(csrf()))
                .andExpect(redirectedUrl("/clients/" + client + "#file-evaluation"));
        assertThat(jdbc.queryForObject("select proposed_amount from avoided_cost where event_id = ?", Integer.class,
                prevented)).as("the kind's reference amount").isEqualTo(26000);
        assertThat(mvc.perform(get("/clients/{c}/avoided-costs/new", client).param("event", prevented.toString())
                .session(coachSession)).andReturn().getResponse().getContentAsString()).contains("Al vastgelegd");
        mvc.perform(get("/clients/{c}/avoided-costs/new", client).param("event", prevented.toString())
                .session(login(mvc, people.coach().username()))).andExpect(status().isNotFound());

        MockHttpSession projectLeader = login(mvc, leader.username());
        Long caseId = jdbc.queryForObject("select id from avoided_cost where event_id = ?", Long.class, prevented);
        assertThat(mvc.perform(get("/dashboard/avoided-costs").session(projectLeader)).andReturn().getResponse()
                .getContentAsString()).contains("Indicatie ingetrokken");
        assertThat(mvc.perform(post("/dashboard/avoided-costs/{id}", caseId).param("version", "7")
                .param("amount", "20000").session(projectLeader).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("net beoordeeld");
        mvc.perform(post("/dashboard/avoided-costs/{id}", caseId).param("version", "0").param("amount", "20.000")
                .session(projectLeader).with(csrf())).andExpect(redirectedUrl("/dashboard/avoided-costs"));
        assertThat(jdbc.queryForMap("select status, confirmed_amount from avoided_cost where id = ?", caseId))
                .isEqualTo(Map.of("status", "CONFIRMED", "confirmed_amount", 20000));
        // the coach cannot decide, the steering group cannot see the cases
        mvc.perform(get("/dashboard/avoided-costs").session(coachSession)).andExpect(status().isForbidden());
        mvc.perform(get("/dashboard/avoided-costs").session(login(mvc, "stuurgroep"))).andExpect(status().isForbidden());
    }

    @Test
    void aStoryThatNamesTheClientOrTheirNetworkCannotBeSelected() throws Exception {
        String firstName = jdbc.queryForObject("select first_name from client where id = ?", String.class, client);
        jdbc.update("insert into consent (client_id, recipient_type, recipient_name, scope_reports, scope_events, "
                + "scope_goals, obtained_how, given_on, recorded_by, created_at) values (?, 'REPRESENTATIVE', "
                + "'Karin de Boer', true, false, false, 'CONVERSATION', current_date - 20, ?, now())", client, coach.id());
        MockHttpSession coachSession = login(mvc, coach.username());
        String today = LocalDate.now().toString();
        assertThat(mvc.perform(post("/clients/{c}/stories/new", client).session(coachSession).with(csrf())
                        .param("title", "Zelf regelen").param("body", firstName + " belt nu zelf.")
                        .param("consent", "true").param("consentOn", today))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Het verhaal noemt een naam (" + firstName + ")").contains("belt nu zelf.");
        assertThat(mvc.perform(post("/clients/{c}/stories/new", client).session(coachSession).with(csrf())
                        .param("title", "Zelf regelen").param("body", "Met hulp van karin lukte het.")
                        .param("consent", "true").param("consentOn", today))
                .andReturn().getResponse().getContentAsString()).contains("Het verhaal noemt een naam (Karin)");
        assertThat(mvc.perform(post("/clients/{c}/stories/new", client).session(coachSession).with(csrf())
                        .param("title", "Zelf regelen").param("body", "Belt nu zelf.").param("consentOn", today))
                .andReturn().getResponse().getContentAsString()).contains("alleen met toestemming van de cliënt");
        mvc.perform(post("/clients/{c}/stories/new", client).session(coachSession).with(csrf())
                        .param("title", "Zelf regelen").param("body", "Belt nu zelf als er iets is.")
                        .param("consent", "true").param("consentOn", today))
                .andExpect(redirectedUrl("/clients/" + client + "#file-evaluation"));
        Long clean = jdbc.queryForObject("select id from story where client_id = ? and status = 'PROPOSED'", Long.class,
                client);
        // a story that names the client (written before the check, or a name that came later) is refused
        Long named = jdbc.queryForObject("insert into story (client_id, title, body, consent_on, status, proposed_by, "
                + "proposed_at) values (?, 'Een verhaal', ?, current_date, 'PROPOSED', ?, now()) returning id", Long.class,
                client, "Het ging goed met " + firstName.toUpperCase() + ".", coach.id());
        MockHttpSession projectLeader = login(mvc, leader.username());
        String list = mvc.perform(get("/dashboard/stories").session(projectLeader)).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains("Het verhaal noemt een naam (" + firstName + ")");
        assertThat(mvc.perform(post("/dashboard/stories/{id}", named).param("version", "0").session(projectLeader)
                .with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Het verhaal noemt een naam");
        assertThat(jdbc.queryForObject("select status from story where id = ?", String.class, named)).isEqualTo("PROPOSED");
        mvc.perform(post("/dashboard/stories/{id}", clean).param("version", "0").session(projectLeader).with(csrf()))
                .andExpect(redirectedUrl("/dashboard/stories"));
        assertThat(jdbc.queryForObject("select status from story where id = ?", String.class, clean)).isEqualTo("SELECTED");
    }

    @Test
    void theAdministratorWordsTheQuestions() throws Exception {
        MockHttpSession admin = login(mvc, "beheerder");
        Long helped = question("CLIENT", "HELPED");
        long version = jdbc.queryForObject("select version from questionnaire_question where id = ?", Long.class, helped);
        assertThat(mvc.perform(post("/admin/questionnaires/{id}", helped).param("version", Long.toString(version))
                        .param("textNl", "Heeft je coach je geholpen?").param("textEn", "Has your coach helped you?")
                        .param("choicesNl", "Ja|Nee").param("choicesEn", "Yes|No").param("active", "true")
                        .session(admin).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("Het aantal antwoorden blijft gelijk").contains("Heeft je coach je geholpen?");
        mvc.perform(post("/admin/questionnaires/{id}", helped).param("version", Long.toString(version))
                .param("textNl", "Heeft je coach je geholpen?").param("textEn", "Has your coach helped you?")
                .param("choicesNl", "Ja, veel|Een beetje|Nee").param("choicesEn", "Yes, a lot|A little|No")
                .param("active", "true").session(admin).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(post("/admin/questionnaires/{id}", helped).param("version", Long.toString(version))
                .param("textNl", "Oud").param("textEn", "Old").param("choicesNl", "A|B|C").param("choicesEn", "A|B|C")
                .session(admin).with(csrf())).andReturn().getResponse().getContentAsString()).contains("net gewijzigd");
        assertThat(mvc.perform(post("/admin/questionnaires").param("audience", "REFERRER").param("kind", "CHOICE")
                .param("textNl", "Werkt u vaker samen?").param("textEn", "Do you work together more?")
                .param("choicesNl", "Ja|Nee").param("choicesEn", "Yes").session(admin).with(csrf()))
                .andReturn().getResponse().getContentAsString()).contains("even veel antwoorden");
        mvc.perform(post("/admin/questionnaires").param("audience", "REFERRER").param("kind", "SCORE")
                .param("theme", "CONNECTION").param("textNl", "Welk cijfer geeft u het overleg?")
                .param("textEn", "What mark do you give the meetings?").session(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        jdbc.update("insert into round_questionnaire (round_id, audience) values (?, 'REFERRER')", round);
        assertThat(mvc.perform(get("/vragenlijst/{r}", round).session(login(mvc, referrer.username()))).andReturn()
                .getResponse().getContentAsString()).contains("Welk cijfer geeft u het overleg?");
        jdbc.update("update questionnaire_question set active = false where text_nl = 'Welk cijfer geeft u het overleg?'");
        jdbc.update("update questionnaire_question set text_nl = 'Heeft de lifecoach je geholpen?', "
                + "text_en = 'Has the lifecoach helped you?' where id = ?", helped);
    }

    /** The steering group: the aggregated figures and the monitor report, every other page refused. */
    @Test
    void theSteeringGroupReachesTheFiguresAndNoOtherPage() throws Exception {
        MockHttpSession steering = login(mvc, "stuurgroep");
        Map<String, String> ids = AppRoutes.realIds(jdbc);
        List<String> allowed = List.of("/dashboard", "/dashboard/monitor", "/dashboard/monitor.pdf",
                "/dashboard/monitor.xlsx", "/dashboard/monitoring.pdf", "/dashboard/phases.csv", "/account", "/mfa", "/");
        List<String> reached = new ArrayList<>();
        List<String> others = AppRoutes.getPathsOutside(mappings, ids, List.of("/account", "/mfa"));
        for (String path : others) {
            if (allowed.contains(path) || path.startsWith("/dashboard/monitor/")) {
                continue;
            }
            int status = mvc.perform(get(path).session(steering)).andReturn().getResponse().getStatus();
            if (status != 403 && status != 404) {
                reached.add(path + " → " + status);
            }
        }
        assertThat(others.size()).isGreaterThan(60);
        assertThat(reached).as("routes the steering group reaches").isEmpty();
        for (String path : allowed) {
            int status = mvc.perform(get(path).session(steering)).andReturn().getResponse().getStatus();
            assertThat(status).as(path).isIn(200, 302);
        }
        mvc.perform(get("/dashboard/monitor/connection.csv").session(steering)).andExpect(status().isOk());
        mvc.perform(get("/clients/{c}", client).session(steering)).andExpect(status().isForbidden());
        mvc.perform(get("/").session(steering)).andExpect(redirectedUrl("/dashboard/monitor"));
    }
}
