package nl.waakvlam.measurement;

import nl.waakvlam.client.AttentionItem;
import nl.waakvlam.shared.Dates;
import nl.waakvlam.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static nl.waakvlam.support.Sessions.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Measurements: all instruments of one moment saved together or not at all, errors next to the
 * field with the input kept, the licensed matrix only after the administrator switches it on, due
 * measurements on the today list, monitoring rounds, and who may see and record what.
 */
@IntegrationTest
class MeasurementIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    InstrumentCatalogue catalogue;

    @Autowired
    MeasurementService service;

    Long client;
    String lastName;
    MockHttpSession coach;

    Long instrument(String code) {
        return jdbc.queryForObject("select id from instrument where code = ?", Long.class, code);
    }

    long measurements() {
        return jdbc.queryForObject("select count(*) from measurement where client_id = ?", Long.class, client);
    }

    @BeforeEach
    void fixture() throws Exception {
        lastName = "Meting" + UUID.randomUUID().toString().substring(0, 6);
        Long coachId = jdbc.queryForObject("select id from user_account where username = 'coach4'", Long.class);
        Long referrer = jdbc.queryForObject("select id from user_account where username = 'verwijzer3'", Long.class);
        client = jdbc.queryForObject("insert into client (first_name, last_name, date_of_birth, track_id, phase, phase_since, "
                + "started_on, referring_organisation_id, referrer_id, coach_id) values ('Noor', ?, date '2004-03-01', "
                + "(select min(id) from track), 'INTENSIVE', current_date - 10, current_date - 10, "
                + "(select organisation_id from user_account where id = ?), ?, ?) returning id", Long.class, lastName,
                referrer, referrer, coachId);
        coach = login(mvc, "coach4");
    }

    @AfterEach
    void zrmOff() {
        jdbc.update("update instrument set enabled = false where code = 'ZRM'");
        catalogue.refresh();
    }

    @Test
    void oneMomentSavesEveryInstrumentFilledInTogether() throws Exception {
        mvc.perform(get("/clients/{id}/measurements/new", client).session(coach)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Hoe gaat het met je, op een schaal van 1 tot 10?")))
                .andExpect(content().string(containsString("Betaald werk met ondersteuning")))
                .andExpect(content().string(containsString("value=\"START\" id=\"moment1\" name=\"moment\" checked")));
        mvc.perform(post("/clients/{id}/measurements/new", client).with(csrf()).session(coach)
                        .param("measuredOn", TODAY.toString()).param("moment", "START")
                        .param("scores[" + instrument("SCALE") + "]", "6")
                        .param("scores[" + instrument("SATISFACTION_LIFE") + "]", "7")
                        .param("scores[" + instrument("PARTICIPATION_LADDER") + "]", "3")
                        .param("note", "Trots op zijn eerste week bij de kringloop"))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForList("select i.code || '=' || m.score || ':' || m.moment from measurement m "
                        + "join instrument i on i.id = m.instrument_id where m.client_id = ? order by i.sort_order", String.class, client))
                .containsExactly("SCALE=6:START", "SATISFACTION_LIFE=7:START", "PARTICIPATION_LADDER=3:START");
        mvc.perform(get("/clients/{id}", client).session(coach)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"scale-table\"")))
                .andExpect(content().string(containsString("Trots op zijn eerste week bij de kringloop")))
                .andExpect(content().string(containsString("wv-rung wv-rung-latest")))
                .andExpect(content().string(containsString("/dist/chart.umd.min.js")));
        // a progress report draft (with consent for goals and measurements) gets the latest scores of the period
        assertThat(service.reportLines(client, TODAY.minusDays(7), TODAY, Locale.forLanguageTag("nl")))
                .containsExactly("Schaalvraag (1–10): 6 (" + Dates.date(TODAY, DUTCH) + ")",
                        "Tevredenheid over het eigen leven (1–10): 7 (" + Dates.date(TODAY, DUTCH) + ")",
                        "Participatieladder: Deelname georganiseerde activiteiten (" + Dates.date(TODAY, DUTCH) + ")");
        assertThat(service.reportLines(client, TODAY.minusDays(30), TODAY.minusDays(8), Locale.forLanguageTag("nl"))).isEmpty();
        // the next form no longer suggests a start measurement (but an open round, or the six-monthly one)
        mvc.perform(get("/clients/{id}/measurements/new", client).session(coach))
                .andExpect(content().string(containsString("value=\"START\" id=\"moment1\" name=\"moment\">")))
                .andExpect(content().string(Matchers.anyOf(
                        containsString("value=\"PERIODIC\" id=\"moment2\" name=\"moment\" checked"),
                        Matchers.matchesRegex("(?s).*value=\"ROUND-\\d+\" id=\"moment\\d\" name=\"moment\" checked.*"))));
    }

    @Test
    void badInputIsExplainedNextToTheFieldKeepsWhatWasTypedAndSavesNothing() throws Exception {
        Long scale = instrument("SCALE");
        mvc.perform(post("/clients/{id}/measurements/new", client).with(csrf()).session(coach)
                        .param("measuredOn", TODAY.plusDays(3).toString()).param("moment", "START")
                        .param("scores[" + scale + "]", "8").param("note", "Mijn getypte toelichting"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("De datum van de meting kan niet in de toekomst liggen.")))
                .andExpect(content().string(containsString("Mijn getypte toelichting")))
                .andExpect(content().string(Matchers.matchesRegex("(?s).*id=\"score-" + scale + "-8\"\\s+value=\"8\" checked=\"checked\".*")));
        mvc.perform(post("/clients/{id}/measurements/new", client).with(csrf()).session(coach)
                        .param("measuredOn", TODAY.toString()).param("moment", "START"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Vul minstens één score in.")));
        // one valid and one out-of-range score: nothing is half-saved
        mvc.perform(post("/clients/{id}/measurements/new", client).with(csrf()).session(coach)
                        .param("measuredOn", TODAY.toString()).param("moment", "START")
                        .param("scores[" + scale + "]", "5")
                        .param("scores[" + instrument("PARTICIPATION_LADDER") + "]", "9"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Een score valt buiten de schaal van het instrument.")));
        mvc.perform(post("/clients/{id}/measurements/new", client).with(csrf()).session(coach)
                        .param("measuredOn", TODAY.toString()).param("moment", "ROUND-999999")
                        .param("scores[" + scale + "]", "5"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Kies het meetmoment.")));
        mvc.perform(post("/clients/{id}/measurements/new", client).with(csrf()).session(login(mvc, "coach4"))
                        .param("lang", "en").param("measuredOn", TODAY.toString()).param("moment", "START"))
                .andExpect(content().string(containsString("Fill in at least one score.")));
        assertThat(measurements()).isZero();
    }

    @Test
    void theLicensedMatrixIsOffUntilTheAdministratorSwitchesItOn() throws Exception {
        Long zrm = instrument("ZRM");
        mvc.perform(get("/clients/{id}/measurements/new", client).param("matrix", zrm.toString()).session(coach))
                .andExpect(status().isNotFound());
        mvc.perform(get("/clients/{id}", client).session(coach)).andExpect(content().string(not(containsString("ZRM invullen"))));

        MockHttpSession admin = login(mvc, "beheerder");
        mvc.perform(get("/admin/instruments").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Zelfredzaamheidsmatrix (ZRM)")));
        long version = jdbc.queryForObject("select version from instrument where id = ?", Long.class, zrm);
        mvc.perform(post("/admin/instruments/{id}", zrm).with(csrf()).session(admin).param("enabled", "true")
                .param("version", Long.toString(version))).andExpect(status().isFound());
        // a second switch with the version the page showed is a conflict, not a silent overwrite
        mvc.perform(post("/admin/instruments/{id}", zrm).with(csrf()).session(admin).param("enabled", "false")
                .param("version", Long.toString(version))).andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select enabled from instrument where id = ?", Boolean.class, zrm)).isTrue();
        mvc.perform(post("/admin/instruments/{id}", zrm).with(csrf()).session(coach).param("enabled", "false")
                .param("version", "0")).andExpect(status().isForbidden());

        mvc.perform(get("/clients/{id}", client).session(coach)).andExpect(content().string(containsString("ZRM invullen")));
        mvc.perform(get("/clients/{id}/measurements/new", client).param("matrix", zrm.toString()).session(coach))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Maatschappelijke participatie")))
                .andExpect(content().string(containsString("Niet besproken")));
        Long finances = jdbc.queryForObject("select id from instrument_domain where code = 'FINANCES'", Long.class);
        Long housing = jdbc.queryForObject("select id from instrument_domain where code = 'HOUSING'", Long.class);
        for (String[] scores : new String[][]{{"2", "3"}, {"4", "3"}}) {
            mvc.perform(post("/clients/{id}/measurements/new", client).with(csrf()).session(coach)
                    .param("matrixId", zrm.toString()).param("measuredOn", TODAY.toString())
                    .param("moment", scores[0].equals("2") ? "START" : "PERIODIC")
                    .param("domainScores[" + finances + "]", scores[0]).param("domainScores[" + housing + "]", scores[1])
                    .param("domainScores[" + (housing + 1) + "]", "")).andExpect(status().isFound());
        }
        assertThat(jdbc.queryForObject("select count(*) from measurement_score s join measurement m on m.id = s.measurement_id "
                + "where m.client_id = ?", Long.class, client)).isEqualTo(4);
        mvc.perform(get("/clients/{id}", client).session(coach))
                .andExpect(content().string(containsString("Financiën")))
                .andExpect(content().string(containsString("+2")));
    }

    @Test
    void dueMeasurementsAreOnTheTodayListUntilRecorded() throws Exception {
        assertThat(service.attention(Map.of(client, lastName), TODAY))
                .extracting(AttentionItem::messageKey)
                .containsAnyOf("attention.measurementStart", "attention.measurementRound").hasSize(
                        1 + catalogue.openRounds(TODAY).size() - (catalogue.openRounds(TODAY).isEmpty() ? 0 : 1));
        mvc.perform(get("/caseload").session(coach)).andExpect(content().string(containsString(lastName)));
        String round = "Testronde " + lastName;
        MockHttpSession leader = login(mvc, "projectleider");
        mvc.perform(post("/dashboard/rounds").with(csrf()).session(leader).param("name", round)
                        .param("opensOn", TODAY.minusDays(2).toString()).param("closesOn", TODAY.minusDays(5).toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("De einddatum ligt voor de begindatum.")))
                .andExpect(content().string(containsString(round)));
        mvc.perform(post("/dashboard/rounds").with(csrf()).session(leader).param("name", round)
                        .param("opensOn", TODAY.minusDays(2).toString()).param("closesOn", TODAY.plusDays(5).toString()))
                .andExpect(status().isFound());
        mvc.perform(post("/dashboard/rounds").with(csrf()).session(coach).param("name", "x")
                .param("opensOn", TODAY.toString()).param("closesOn", TODAY.toString())).andExpect(status().isForbidden());
        Long roundId = jdbc.queryForObject("select id from monitoring_round where name = ?", Long.class, round);
        try {
            mvc.perform(get("/caseload").session(coach))
                    .andExpect(content().string(containsString("Monitoringsronde " + round + ": nog meten")));
            mvc.perform(get("/clients/{id}/measurements/new", client).session(coach))
                    .andExpect(content().string(containsString("Ronde: " + round)));
            mvc.perform(post("/clients/{id}/measurements/new", client).with(csrf()).session(coach)
                    .param("measuredOn", TODAY.toString()).param("moment", "ROUND-" + roundId)
                    .param("scores[" + instrument("SCALE") + "]", "7")).andExpect(status().isFound());
            assertThat(service.attention(Map.of(client, lastName), TODAY))
                    .noneMatch(item -> Arrays.asList(item.arguments()).contains(round))
                    .noneMatch(item -> item.messageKey().equals("attention.measurementStart"));
            mvc.perform(get("/dashboard/rounds").session(leader)).andExpect(content().string(containsString(round)));
        } finally {
            // an open round would put every demo client on the other tests' today lists
            jdbc.update("update monitoring_round set opens_on = date '2000-01-01', closes_on = date '2000-01-31' where id = ?",
                    roundId);
            catalogue.refresh();
        }
    }

    @Test
    void onlyTheClientsCoachesRecordTheProjectLeaderReadsAndReferrersSeeNothing() throws Exception {
        jdbc.update("insert into measurement (client_id, instrument_id, moment, measured_on, score, note, recorded_by, created_at) "
                + "values (?, ?, 'START', current_date, 4, 'Vertrouwelijke toelichting', (select id from user_account "
                + "where username = 'coach4'), now())", client, instrument("SCALE"));
        for (String other : new String[]{"coach1", "projectleider", "verwijzer3", "beheerder"}) {
            mvc.perform(post("/clients/{id}/measurements/new", client).with(csrf()).session(login(mvc, other))
                    .param("measuredOn", TODAY.toString()).param("moment", "START")
                    .param("scores[" + instrument("SCALE") + "]", "5")).andExpect(status().isNotFound());
        }
        mvc.perform(get("/clients/{id}", client).session(login(mvc, "projectleider")))
                .andExpect(content().string(containsString("id=\"scale-table\"")))
                .andExpect(content().string(not(containsString("Meting invoeren"))));
        mvc.perform(get("/clients/{id}", client).session(login(mvc, "verwijzer3")))
                .andExpect(content().string(not(containsString("Vertrouwelijke toelichting"))))
                .andExpect(content().string(not(containsString("scale-table"))));
        assertThat(measurements()).isEqualTo(1);
    }
}
