package nl.waakvlam.dashboard;

import nl.waakvlam.support.IntegrationTest;
import nl.waakvlam.support.StatementCounter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.waakvlam.support.Sessions.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Dashboard figures against a small hand-built fixture in its own track (so the demo data does not
 * count), with the expected numbers written out; the CSV export; a fixed number of statements.
 */
@IntegrationTest
class DashboardIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Autowired
    MockMvc mvc;

    @Autowired
    DashboardQueries queries;

    @Autowired
    JdbcTemplate jdbc;

    Long track;
    Long coach;
    Long referrer;
    Long organisation;

    Long client(String phase, int startedDaysAgo) {
        return jdbc.queryForObject("insert into client (first_name, last_name, date_of_birth, track_id, phase, phase_since, "
                        + "started_on, referring_organisation_id, referrer_id, coach_id) values ('Fix', 'Ture', date '1990-01-01', "
                        + "?, ?, current_date - 5, ?, ?, ?, ?) returning id", Long.class, track, phase,
                startedDaysAgo < 0 ? null : TODAY.minusDays(startedDaysAgo), organisation, referrer,
                phase.equals("REFERRED") || phase.equals("DECLINED") ? null : coach);
    }

    void referral(Long client, int submittedDaysAgo, Integer decidedDaysAgo, boolean declined, Integer matchedDaysAgo) {
        jdbc.update("insert into referral (client_id, referrer_id, submitted_by, submitted_at, reason, urgency, consent_on, "
                        + "decided_by, decided_at, decline_reason, decline_advice, matched_at) values (?, ?, ?, now() - (? * interval '1 day'), "
                        + "'r', 'NORMAL', current_date - 40, ?, now() - (? * interval '1 day'), ?, ?, now() - (? * interval '1 day'))",
                client, referrer, referrer, submittedDaysAgo, decidedDaysAgo == null ? null : referrer,
                decidedDaysAgo == null ? 0 : decidedDaysAgo, declined ? "te complex" : null, declined ? "GGZ" : null,
                matchedDaysAgo == null ? 0 : matchedDaysAgo);
        if (decidedDaysAgo == null) {
            jdbc.update("update referral set decided_at = null, decided_by = null where client_id = ?", client);
        }
        if (matchedDaysAgo == null) {
            jdbc.update("update referral set matched_at = null where client_id = ?", client);
        }
    }

    Long measure(Long client, String instrument, int daysAgo, Integer score, Long round) {
        return jdbc.queryForObject("insert into measurement (client_id, instrument_id, moment, round_id, measured_on, score, "
                        + "recorded_by, created_at) values (?, (select id from instrument where code = ?), ?, ?, current_date - ?, ?, ?, now()) "
                        + "returning id", Long.class, client, instrument, round == null ? "PERIODIC" : "ROUND", round, daysAgo,
                score, coach);
    }

    void zrm(Long client, int daysAgo, String domain, int score) {
        Long id = measure(client, "ZRM", daysAgo, null, null);
        jdbc.update("insert into measurement_score (measurement_id, domain_id, score) values (?, (select id from "
                + "instrument_domain where code = ?), ?)", id, domain, score);
    }

    @BeforeEach
    void fixture() {
        track = jdbc.queryForObject("insert into track (code, name_nl, name_en, youth) values (?, 'Fixture', 'Fixture', false) "
                + "returning id", Long.class, "FIX-" + UUID.randomUUID().toString().substring(0, 8));
        coach = jdbc.queryForObject("select id from user_account where username = 'coach3'", Long.class);
        referrer = jdbc.queryForObject("select id from user_account where username = 'verwijzer2'", Long.class);
        organisation = jdbc.queryForObject("select organisation_id from user_account where id = ?", Long.class, referrer);

        Long referred1 = client("REFERRED", -1);
        Long referred2 = client("REFERRED", -1);
        Long declined = client("DECLINED", -1);
        Long intensive = client("INTENSIVE", 20);
        Long waakvlam = client("WAAKVLAM", 200);
        referral(referred1, 3, null, false, null);
        referral(referred2, 6, null, false, null);
        referral(declined, 10, 8, true, null);
        referral(intensive, 28, 26, false, 24);
        referral(waakvlam, 300, 298, false, 296);
        jdbc.update("insert into phase_change (client_id, from_phase, to_phase, changed_on, reason, recorded_at) values "
                + "(?, 'SCALING_DOWN', 'WAAKVLAM', current_date - 80, 'x', now())", waakvlam);
        // the intensive client: three real contacts (30 + 30 direct, 60 indirect) and two attempts, in one week
        LocalDate monday = TODAY.minusWeeks(1).with(DayOfWeek.MONDAY);
        for (int i = 0; i < 5; i++) {
            jdbc.update("insert into contact_moment (client_id, coach_id, occurred_at, outcome, type, initiated_by, "
                            + "duration_minutes, time_kind, created_at) values (?, ?, (cast(? as date) + time '10:00') at time zone 'Europe/Amsterdam', ?, "
                            + "'PHONE', 'COACH', ?, ?, now())", intensive, coach, Date.valueOf(monday.plusDays(i)),
                    i < 3 ? "REACHED" : "NO_ANSWER", i < 3 ? (i == 2 ? 60 : 30) : null, i == 2 ? "INDIRECT" : "DIRECT");
        }
        Long ggz = jdbc.queryForObject("select id from organisation where name = 'GGZ Drechtland'", Long.class);
        jdbc.update("insert into client_event (client_id, type, occurred_on, what_happened, severity, recorded_by, created_at, "
                + "source) values (?, 'SIGNAL', current_date - 4, 'x', 'LOW', ?, now(), 'POLICE')", intensive, coach);
        jdbc.update("insert into client_event (client_id, type, occurred_on, what_happened, severity, recorded_by, created_at, "
                + "target_organisation_id, waiting_since, bridging, info_exchange_consent, scale_up_outcome) values "
                + "(?, 'SCALE_UP', current_date - 10, 'x', 'HIGH', ?, now(), ?, current_date - 10, true, true, 'STILL_WAITING')",
                intensive, coach, ggz);
        jdbc.update("insert into client_event (client_id, type, occurred_on, what_happened, severity, recorded_by, created_at, "
                + "target_organisation_id, waiting_since, bridging, info_exchange_consent, scale_up_outcome, closed_on) values "
                + "(?, 'SCALE_UP', current_date - 20, 'x', 'HIGH', ?, now(), ?, current_date - 20, false, true, 'RETURNED', current_date - 2)",
                waakvlam, coach, ggz);
        jdbc.update("insert into feedback_agreement (client_id, referrer_id, frequency, channel, made_on, next_due, updated_at) "
                + "values (?, ?, 'MONTHLY', 'PHONE', current_date - 60, current_date - 3, now()), "
                + "(?, ?, 'MONTHLY', 'PHONE', current_date - 60, current_date + 10, now())", intensive, referrer, waakvlam, referrer);
    }

    @Test
    void figuresMatchTheHandBuiltFixture() {
        DashboardFigures f = queries.figures(new DashboardFilter(TODAY.minusDays(30), TODAY, track, null, null));

        assertThat(f.phases()).filteredOn(r -> r.clients() > 0).extracting(r -> r.phase().name() + "=" + r.clients())
                .containsExactlyInAnyOrder("REFERRED=2", "DECLINED=1", "INTENSIVE=1", "WAAKVLAM=1");
        // submitted in the last 30 days: the two open, the declined and the intensive one (not the 300-day-old one)
        assertThat(f.funnel().submitted()).isEqualTo(4);
        assertThat(f.funnel().accepted()).isEqualTo(1);
        assertThat(f.funnel().declined()).isEqualTo(1);
        assertThat(f.funnel().matched()).isEqualTo(1);
        assertThat(f.funnel().started()).isEqualTo(1);
        assertThat(f.funnel().daysToDecision()).isEqualTo(2.0);
        assertThat(f.coachedClients()).isEqualTo(2);
        // no reached contact for the waakvlam client for 200 days: going out; the intensive one burns (last contact < 7 days?)
        assertThat(f.flamesGoingOut()).isBetween(1L, 2L);
        assertThat(f.feedbackAgreements()).isEqualTo(2);
        assertThat(f.feedbackOverdue()).isEqualTo(1);
        assertThat(f.contactsPerWeek()).hasSize(1);
        assertThat(f.contactsPerWeek().get(0).reached()).isEqualTo(3);
        assertThat(f.contactsPerWeek().get(0).attempts()).isEqualTo(2);
        assertThat(f.directMinutes()).isEqualTo(60);
        assertThat(f.indirectMinutes()).isEqualTo(60);
        assertThat(f.directSharePercent()).isEqualTo(50);
        assertThat(f.eventsPerType()).extracting(e -> e.type() + "=" + e.events())
                .containsExactlyInAnyOrder("SCALE_UP=2", "SIGNAL=1");
        assertThat(f.scaleUpsByDestination()).extracting(d -> d.organisation() + "=" + d.scaleUps())
                .containsExactly("GGZ Drechtland=2");
        assertThat(f.openScaleUps().open()).isEqualTo(1);
        assertThat(f.openScaleUps().bridged()).isEqualTo(1);
        assertThat(f.openScaleUps().averageWaitingDays()).isEqualTo(10.0);
        assertThat(f.avgDaysStartToWaakvlam()).isEqualTo(120.0);
        assertThat(f.reachedWaakvlam()).isEqualTo(1);
        // listed by name, never ranked; the fixture's coach carries exactly the intensive and waakvlam client
        assertThat(f.caseload()).extracting(DashboardFigures.CaseloadRow::coach)
                .containsSubsequence("Lotte Bakker", "Mehmet Yıldız", "Rachid El Amrani", "Sanne Verhoeven")
                .isSortedAccordingTo(String::compareTo);
        assertThat(f.caseload()).filteredOn(r -> r.coach().equals("Lotte Bakker"))
                .extracting(r -> r.clients() + "/" + r.weighted()).containsExactly("2/4");
    }

    @Test
    void measurementResultsMatchTheHandBuiltFixture() throws Exception {
        Long round = jdbc.queryForObject("insert into monitoring_round (name, opens_on, closes_on, created_by, created_at) "
                + "values (?, current_date - 40, current_date - 20, ?, now()) returning id", Long.class,
                "Fixture " + track, referrer);
        int[][] scale = {{4, 6}, {5, 5}, {6, 8}, {3, 4}, {7, 6}, {5}};
        int[][] ladder = {{1, 2}, {2, 2}, {3, 4}, {4, 3}, {2, 5}};
        int[] coachSatisfaction = {8, 9, 7, 8, 10, 9};
        int[][] finances = {{2, 3}, {2, 4}, {1, 1}, {3, 3}, {2, 2}};
        for (int i = 0; i < scale.length; i++) {
            Long client = client("WAAKVLAM", 400);
            measure(client, "SCALE", 300, scale[i][0], null);
            if (scale[i].length > 1) {
                // three of the latest measurements fall in the round
                measure(client, "SCALE", 30, scale[i][1], i < 3 ? round : null);
            }
            measure(client, "SATISFACTION_COACH", 30, coachSatisfaction[i], null);
            if (i < ladder.length) {
                measure(client, "PARTICIPATION_LADDER", 300, ladder[i][0], null);
                measure(client, "PARTICIPATION_LADDER", 30, ladder[i][1], null);
                zrm(client, 300, "FINANCES", finances[i][0]);
                zrm(client, 30, "FINANCES", finances[i][1]);
            }
            if (i < 2) {
                zrm(client, 300, "HOUSING", 2);
                zrm(client, 30, "HOUSING", 4);
            }
            // a measurement after the end of the period does not count
            measure(client, "SCALE", -1 + 1, 1, null);
            jdbc.update("update measurement set measured_on = current_date + 1 where client_id = ? and score = 1 "
                    + "and instrument_id = (select id from instrument where code = 'SCALE')", client);
        }

        DashboardFigures f = queries.figures(new DashboardFilter(TODAY.minusDays(30), TODAY, track, null, null));

        DashboardFigures.InstrumentResult s = f.result("SCALE");
        assertThat(s.clients()).isEqualTo(6);
        assertThat(s.repeated()).isEqualTo(5);
        assertThat(s.averageFirst()).isEqualTo(5.0);
        assertThat(s.averageLatest()).isEqualTo(5.8);
        assertThat(s.averageChange()).isCloseTo(0.8, Offset.offset(1e-9));
        assertThat(List.of(s.up(), s.same(), s.down())).containsExactly(3L, 1L, 1L);
        assertThat(s.averageLatestAll()).isCloseTo(34 / 6.0, Offset.offset(1e-9));
        assertThat(s.changeShown()).isTrue();
        DashboardFigures.InstrumentResult satisfaction = f.result("SATISFACTION_COACH");
        assertThat(satisfaction.clients()).isEqualTo(6);
        assertThat(satisfaction.repeated()).isZero();
        assertThat(satisfaction.averageLatestAll()).isEqualTo(8.5);
        assertThat(f.result("SATISFACTION_LIFE")).isNull();

        assertThat(f.ladder()).extracting(r -> r.rung() + ":" + r.first() + "/" + r.latest())
                .containsExactly("1:1/0", "2:2/2", "3:1/1", "4:1/1", "5:0/1", "6:0/0");
        assertThat(f.ladderMoved()).isEqualTo(4);
        assertThat(f.result("PARTICIPATION_LADDER").up()).isEqualTo(3);
        assertThat(f.result("PARTICIPATION_LADDER").down()).isEqualTo(1);

        assertThat(f.matrixChanges()).extracting(d -> d.nameNl() + "=" + d.clients())
                .containsExactly("Financiën=5", "Huisvesting=2");
        assertThat(f.matrixChanges().get(0).averageChange()).isCloseTo(0.6, Offset.offset(1e-9));
        assertThat(f.matrixChanges().get(0).shown()).isTrue();
        assertThat(f.matrixChanges().get(1).shown()).isFalse();

        assertThat(f.rounds()).filteredOn(r -> r.id().equals(round)).extracting(DashboardFigures.RoundRow::measured)
                .containsExactly(3L);

        // per monitoring round: the period becomes the round's window
        MockHttpSession leader = login(mvc, "projectleider");
        String page = mvc.perform(get("/dashboard").param("track", track.toString()).param("round", round.toString())
                .session(leader)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Monitoringsronde Fixture " + track);
        // results run up to the end of the period: before the latest measurements only the first ones count
        DashboardFigures earlier = queries.figures(new DashboardFilter(TODAY.minusDays(200), TODAY.minusDays(100), track,
                null, null));
        assertThat(earlier.result("SCALE").repeated()).isZero();
        assertThat(earlier.result("SCALE").clients()).isEqualTo(6);
    }

    @Test
    void aFilterThatLeavesThreeClientsShowsLessThanFiveInThePageTheCsvAndThePdf() throws Exception {
        for (int[] scores : new int[][]{{4, 7}, {5, 6}, {6, 6}}) {
            Long client = client("WAAKVLAM", 400);
            measure(client, "SCALE", 200, scores[0], null);
            measure(client, "SCALE", 20, scores[1], null);
            measure(client, "SATISFACTION_LIFE", 20, scores[1], null);
        }
        MockHttpSession leader = login(mvc, "projectleider");
        String page = mvc.perform(get("/dashboard").param("track", track.toString()).session(leader))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String table = page.substring(page.indexOf("id=\"measurements-table\""), page.indexOf("</table>",
                page.indexOf("id=\"measurements-table\"")));
        assertThat(table).contains("&lt; 5").doesNotContain("5.0").doesNotContain("6.3").doesNotContain("+1.3");
        assertThat(page).contains("wv-suppressed");

        String csv = mvc.perform(get("/dashboard/measurements.csv").param("track", track.toString()).session(leader))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("< 5").doesNotContain("6.3").doesNotContain("1.3");
        assertThat(csv.lines().filter(l -> l.startsWith("Schaalvraag")).findFirst().orElseThrow())
                .isEqualTo("Schaalvraag (1–10);< 5;< 5;;;;;;;");

        byte[] pdf = mvc.perform(get("/dashboard/monitoring.pdf").param("track", track.toString()).session(leader))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        String measurements = text.substring(text.indexOf("Metingen en tevredenheid"));
        assertThat(measurements).contains("Schaalvraag (1–10) < 5").doesNotContain("6,3").doesNotContain("6.3");
    }

    @Test
    void aClientNamedLikeAFormulaIsExportedAsText() throws Exception {
        Long client = client("INTENSIVE", 30);
        jdbc.update("update client set first_name = ?, last_name = ? where id = ?",
                "=HYPERLINK(\"http://evil.example\",\"klik\")", "+Evil", client);
        jdbc.update("insert into client_event (client_id, type, occurred_on, what_happened, severity, recorded_by, created_at, "
                + "target_organisation_id, waiting_since, bridging, info_exchange_consent, scale_up_outcome) values (?, 'SCALE_UP', "
                + "current_date - 50, 'x', 'HIGH', ?, now(), (select id from organisation where name = 'GGZ Drechtland'), "
                + "current_date - 50, false, true, 'STILL_WAITING')", client, coach);
        MockHttpSession leader = login(mvc, "projectleider");
        long exportsBefore = jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT' and client_id = ?",
                Long.class, client);
        String csv = mvc.perform(get("/dashboard/waiting.csv").param("track", track.toString()).session(leader))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines()).anySatisfy(line -> assertThat(line).startsWith("\"'=HYPERLINK("));
        assertThat(csv.lines()).noneMatch(line -> line.startsWith("=") || line.startsWith("\"="));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT' and client_id = ?",
                Long.class, client)).isEqualTo(exportsBefore + 1);
        // on the page the name is text, and the longest-waiting client comes first
        String page = mvc.perform(get("/dashboard").param("track", track.toString()).session(leader))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("=HYPERLINK(&quot;http://evil.example&quot;,&quot;klik&quot;) +Evil");
        assertThat(page.indexOf("+Evil")).isLessThan(page.indexOf("Fix Ture"));
    }

    @Test
    void theDashboardRunsAFixedNumberOfStatementsWhateverTheDataSize() throws Exception {
        MockHttpSession leader = login(mvc, "projectleider");
        StatementCounter.reset();
        mvc.perform(get("/dashboard").session(leader)).andExpect(status().isOk());
        long before = StatementCounter.count();
        for (int i = 0; i < 50; i++) {
            client("INTENSIVE", 30);
        }
        StatementCounter.reset();
        mvc.perform(get("/dashboard").param("track", track.toString()).session(leader)).andExpect(status().isOk());
        long filtered = StatementCounter.count();
        StatementCounter.reset();
        mvc.perform(get("/dashboard").session(leader)).andExpect(status().isOk());
        long after = StatementCounter.count();
        System.out.printf("statements: dashboard %d before, %d after adding clients, %d filtered%n", before, after,
                filtered);
        assertThat(after).isEqualTo(before).isEqualTo(filtered).isLessThanOrEqualTo(20);
    }

    @Test
    void theMonitoringReportIsAggregatedWithSmallCellsSuppressed() throws Exception {
        byte[] pdf = mvc.perform(get("/dashboard/monitoring.pdf").param("track", track.toString())
                        .session(login(mvc, "projectleider")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        // the fixture has 2 referred, 1 declined, 1 intensive, 1 waakvlam client: every cell is small
        assertThat(text).contains("Monitoringsrapportage").contains("< 5").doesNotContain("Lotte Bakker")
                .doesNotContain("Fix Ture");
        assertThat(MonitoringReport.suppressed(0)).isEqualTo("0");
        assertThat(MonitoringReport.suppressed(4)).isEqualTo("< 5");
        assertThat(MonitoringReport.suppressed(5)).isEqualTo("5");
        mvc.perform(get("/dashboard/monitoring.pdf").session(login(mvc, "verwijzer1"))).andExpect(status().isForbidden());
    }

    @Test
    void everyTableExportsAsCsvWithFormulaCellsNeutralised() throws Exception {
        MockHttpSession leader = login(mvc, "projectleider");
        for (String table : new String[]{"phases", "funnel", "caseload", "contacts", "events", "eventmonths",
                "destinations", "waiting", "measurements", "ladder", "zrm", "rounds"}) {
            String csv = mvc.perform(get("/dashboard/{t}.csv", table).param("track", track.toString()).session(leader))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(csv.lines().count()).as(table).isGreaterThanOrEqualTo(List.of("zrm", "measurements").contains(table) ? 1 : 2);
        }
        String phases = mvc.perform(get("/dashboard/phases.csv").session(leader)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(phases).as("a byte-order mark for Excel").startsWith("\uFEFF");
        assertThat(phases.lines().findFirst().orElseThrow().split(";")).as("split on semicolons").hasSize(2);
        mvc.perform(get("/dashboard/phases.csv").session(login(mvc, "coach1"))).andExpect(status().isForbidden());
    }

    @Test
    void everyLinkOnTheDashboardAnswersInDutchAndInEnglish() throws Exception {
        MockHttpSession leader = login(mvc, "projectleider");
        for (String language : List.of("nl", "en")) {
            String page = mvc.perform(get("/dashboard").param("lang", language).param("track", track.toString())
                    .session(leader)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            Matcher links = Pattern.compile("href=\"(/dashboard[^\"#]*)\"").matcher(page);
            int followed = 0;
            while (links.find()) {
                String link = links.group(1).replace("&amp;", "&");
                assertThat(link).as("links carry ISO dates").doesNotMatch(".*=\\d{1,2}[-/]\\d{1,2}[-/]\\d{2,4}.*");
                mvc.perform(get(link).session(leader)).andExpect(status().isOk());
                followed++;
            }
            assertThat(followed).as(language).isGreaterThan(10);
        }
    }

    @Test
    void theTrackFilterNamesTracksInThePagesLanguage() throws Exception {
        var track = jdbc.queryForMap("select id, name_nl, name_en from track where active and name_nl <> name_en "
                + "order by id limit 1");
        MockHttpSession leader = login(mvc, "projectleider");
        String option = "<option value=\"" + track.get("id") + "\">";

        String english = mvc.perform(get("/dashboard").param("lang", "en").session(leader))
                .andReturn().getResponse().getContentAsString();
        String dutch = mvc.perform(get("/dashboard").param("lang", "nl").session(leader))
                .andReturn().getResponse().getContentAsString();

        assertThat(english).contains(option + track.get("name_en") + "</option>");
        assertThat(dutch).contains(option + track.get("name_nl") + "</option>");
    }

    @Test
    void aCoachsClientCountIsTheSameForTheAdministratorOnCoachesAndOnTheDashboard() throws Exception {
        // coach3 also covers a client of another coach: a cover is not one of their own clients
        jdbc.update("update client set cover_coach_id = ? where id = (select min(id) from client where coach_id <> ? "
                + "and coach_id is not null and phase in ('INTENSIVE', 'WAAKVLAM'))", coach, coach);
        long coached = jdbc.queryForObject("select count(*) from client where coach_id = ? and phase in "
                + "('INTAKE', 'INTENSIVE', 'SCALING_DOWN', 'WAAKVLAM')", Long.class, coach);

        String admin = mvc.perform(get("/admin/users/{id}", coach).session(login(mvc, "beheerder")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher adminCount = java.util.regex.Pattern
                .compile("Deze coach begeleidt nog (\\d+) cliënt").matcher(admin);
        assertThat(adminCount.find()).as("the administrator's count").isTrue();

        MockHttpSession leader = login(mvc, "projectleider");
        Document coaches = Jsoup.parse(mvc.perform(get("/coaches").param("page", pageOfCoach3(leader)).session(leader))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        String onCoaches = coaches.getElementById("coach-" + coach).parent().selectFirst("tr.wv-coached td").text();

        Document dashboard = Jsoup.parse(mvc.perform(get("/dashboard").session(leader))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        String onDashboard = dashboard.selectFirst("th a[href*='coach=" + coach + "&']").parent().nextElementSibling().text();

        assertThat(List.of(adminCount.group(1), onCoaches, onDashboard)).containsOnly(Long.toString(coached));
    }

    private String pageOfCoach3(MockHttpSession leader) throws Exception {
        for (int page = 0; page < 10; page++) {
            String html = mvc.perform(get("/coaches").param("page", Integer.toString(page)).session(leader))
                    .andReturn().getResponse().getContentAsString();
            if (html.contains("id=\"coach-" + coach + "\"")) {
                return Integer.toString(page);
            }
        }
        throw new AssertionError("coach3 not on /coaches");
    }

    @Test
    void thePhaseTableOnScreenAndItsCsvFollowTheSameSmallNumberRule() throws Exception {
        MockHttpSession leader = login(mvc, "projectleider");
        Document page = Jsoup.parse(mvc.perform(get("/dashboard").param("track", track.toString()).session(leader))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        java.util.Map<String, String> screen = new java.util.LinkedHashMap<>();
        for (org.jsoup.nodes.Element row : page.select("#phases-table tbody tr")) {
            screen.put(row.selectFirst("th").text(), row.selectFirst("td").text());
        }
        String csv = mvc.perform(get("/dashboard/phases.csv").param("track", track.toString()).session(leader))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        java.util.Map<String, String> exported = new java.util.LinkedHashMap<>();
        csv.lines().skip(1).forEach(line -> exported.put(line.split(";")[0], line.split(";")[1]));
        assertThat(screen).isEqualTo(exported);
        // the fixture has two referred clients: a small group, "< 5" in both
        assertThat(screen).containsEntry("Aangemeld", "< 5");
    }
}
