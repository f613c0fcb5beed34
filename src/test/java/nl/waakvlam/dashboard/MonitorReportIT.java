package nl.waakvlam.dashboard;

import nl.waakvlam.evaluation.Audience;
import nl.waakvlam.evaluation.EvaluationImports;
import nl.waakvlam.security.UserSummary;
import nl.waakvlam.support.IntegrationTest;
import nl.waakvlam.support.TestPeople;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static nl.waakvlam.support.Sessions.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The monitor report of a closed round, built in a window of its own (March 2019, with a previous
 * round in September 2018) so that no other data falls in it: every figure of each of the four
 * themes, the time spent and the questionnaires is checked against what the test put in, and the
 * same figures appear on the screen, in the CSV files, the tagged PDF and the workbook, with a count
 * of 3 shown as "&lt; 5" in each.
 */
@IntegrationTest
class MonitorReportIT {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final LocalDate OPENS = LocalDate.of(2019, 3, 1);
    static final LocalDate CLOSES = LocalDate.of(2019, 3, 31);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestPeople people;
    @Autowired
    EvaluationImports evaluation;
    @Autowired
    MonitorQueries queries;

    Long round;
    Long previousRound;
    String roundName;
    UserSummary coachA;
    UserSummary coachB;
    UserSummary leader;
    List<UserSummary> referrers = new ArrayList<>();
    List<Long> clients = new ArrayList<>();

    static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(ZONE).toInstant();
    }

    @BeforeEach
    void programme() {
        // the windows are the test's own: other tests' and the demo's data lie years later
        jdbc.update("delete from questionnaire_answer where response_id in (select id from questionnaire_response r "
                + "where r.round_id in (select id from monitoring_round where opens_on < '2020-01-01'))");
        jdbc.update("delete from questionnaire_response where round_id in (select id from monitoring_round "
                + "where opens_on < '2020-01-01')");
        String unique = UUID.randomUUID().toString().substring(0, 6);
        roundName = "Eind 2019-" + unique;
        leader = people.projectLeader();
        previousRound = jdbc.queryForObject("insert into monitoring_round (name, opens_on, closes_on, created_by, "
                + "created_at) values (?, '2018-09-01', '2018-09-30', ?, now()) returning id", Long.class,
                "Midden 2018-" + unique, leader.id());
        round = jdbc.queryForObject("insert into monitoring_round (name, opens_on, closes_on, created_by, created_at) "
                + "values (?, ?, ?, ?, now()) returning id", Long.class, roundName, OPENS, CLOSES, leader.id());
        coachA = people.coach();
        coachB = people.coach();
        for (int i = 0; i < 3; i++) {
            referrers.add(people.referrer());
        }
        for (int i = 0; i < 7; i++) {
            clients.add(people.coachedClient(i < 4 ? coachA : coachB, referrers.get(i % 3), leader));
        }
    }

    @Test
    void everyFigureOfEachThemeIsWhatHappenedAndEveryFormShowsTheSame() throws Exception {
        // --- verbinding: 6 referrals submitted in the window, 1 declined; driegesprek after 4, 6, 8, 10, 12 days
        for (int i = 0; i < 6; i++) {
            LocalDate submitted = OPENS.plusDays(i);
            jdbc.update("update referral set submitted_at = ?, start_meeting_at = ?, decline_reason = ? where client_id = ?",
                    java.sql.Timestamp.from(at(submitted, 10)),
                    i < 5 ? java.sql.Timestamp.valueOf(submitted.plusDays(4 + 2L * i).atTime(10, 0)) : null,
                    i == 5 ? "Past niet bij de doelgroep" : null, clients.get(i));
        }
        // --- zelfredzaamheid: 5 goals achieved in the window (one outside), 5 clients measured twice
        for (int i = 0; i < 6; i++) {
            jdbc.update("insert into goal (client_id, description, owner, status, created_by, created_at, updated_at) "
                    + "values (?, 'Zelf koken', 'CLIENT', 'ACHIEVED', ?, ?, ?)", clients.get(i), coachA.id(),
                    java.sql.Timestamp.from(at(OPENS.minusMonths(2), 9)),
                    java.sql.Timestamp.from(at(i < 5 ? OPENS.plusDays(10 + i) : CLOSES.plusDays(5), 9)));
        }
        Long scale = jdbc.queryForObject("select id from instrument where code = 'SCALE'", Long.class);
        int[][] scores = {{4, 6}, {5, 7}, {6, 6}, {3, 5}, {7, 6}};
        for (int i = 0; i < scores.length; i++) {
            jdbc.update("insert into measurement (client_id, instrument_id, moment, measured_on, score, recorded_by, "
                    + "created_at) values (?, ?, 'START', ?, ?, ?, now())", clients.get(i), scale, OPENS.minusMonths(6),
                    scores[i][0], coachA.id());
            jdbc.update("insert into measurement (client_id, instrument_id, moment, measured_on, score, recorded_by, "
                    + "created_at) values (?, ?, 'PERIODIC', ?, ?, ?, now())", clients.get(i), scale, OPENS.plusDays(3),
                    scores[i][1], coachA.id());
        }
        // contacts in the window: 12, durations 30..140 (every second one without), 4 started by the client
        long minutes = 0;
        long withDuration = 0;
        long direct = 0;
        Long work = jdbc.queryForObject("select id from life_domain where code = 'WORK'", Long.class);
        Long finances = jdbc.queryForObject("select id from life_domain where code = 'FINANCES'", Long.class);
        long workMinutes = 0;
        long financeMinutes = 0;
        java.util.Set<String> clientMonths = new java.util.HashSet<>();
        for (int i = 0; i < 12; i++) {
            Integer duration = i % 2 == 0 ? 30 + 10 * i : null;
            String kind = i % 3 == 0 ? "INDIRECT" : "DIRECT";
            Long client = clients.get(i % 7);
            LocalDate day = OPENS.plusDays(2 * i);
            Long[] domains = i % 4 == 0 ? new Long[]{work, finances} : new Long[]{work};
            jdbc.update("insert into contact_moment (client_id, coach_id, occurred_at, outcome, type, initiated_by, "
                    + "duration_minutes, life_domain_ids, time_kind, created_at) values (?, ?, ?, 'REACHED', 'HOME_VISIT', ?, ?, ?, ?, now())",
                    client, i % 7 < 4 ? coachA.id() : coachB.id(), java.sql.Timestamp.from(at(day, 11)),
                    i < 4 ? "CLIENT" : "COACH", duration, domains, kind);
            if (duration != null) {
                minutes += duration;
                withDuration++;
                direct += "DIRECT".equals(kind) ? duration : 0;
                clientMonths.add(client + "/" + day.getMonthValue());
                workMinutes += duration;
                financeMinutes += i % 4 == 0 ? duration : 0;
            }
        }
        // --- preventie: 3 prevented escalations; two confirmed cases (26,000 adjusted and 4,000), one proposed, one rejected
        List<Long> prevented = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            prevented.add(event(clients.get(i), "ESCALATION_PREVENTED", i < 3 ? OPENS.plusDays(5 + i) : OPENS.minusDays(20),
                    null, null, null));
        }
        evaluation.confirmedCase(clients.get(0), prevented.get(0), "Wmo-indicatie voor begeleiding", 26000, null,
                coachA.id(), leader.id(), at(OPENS.plusDays(6), 12));
        evaluation.confirmedCase(clients.get(1), prevented.get(1), "Schuld of incassotraject", 4000, null,
                coachA.id(), leader.id(), at(OPENS.plusDays(7), 12));
        jdbc.update("insert into avoided_cost (client_id, event_id, kind_id, proposed_amount, status, proposed_by, proposed_at) "
                + "values (?, ?, (select min(id) from avoided_cost_kind), 5000, 'PROPOSED', ?, now())", clients.get(2),
                prevented.get(2), coachA.id());
        jdbc.update("insert into avoided_cost (client_id, event_id, kind_id, proposed_amount, status, proposed_by, proposed_at) "
                + "values (?, ?, (select min(id) from avoided_cost_kind), 9000, 'REJECTED', ?, now())", clients.get(3),
                prevented.get(3), coachA.id());
        // --- signalering: 5 scale-ups (3 bridged; waiting 10, 20, 30 days, the last two closed after the
        // round's end and counted up to it), 2 scale-downs, 1 relapse, 6 signals
        int[] waited = new int[5];
        long daysBridged = 0;
        for (int i = 0; i < 5; i++) {
            LocalDate on = OPENS.plusDays(i);
            LocalDate closed = on.plusDays(10L * (i + 1));
            event(clients.get(i), "SCALE_UP", on, on, closed, i < 3);
            waited[i] = (int) java.time.temporal.ChronoUnit.DAYS.between(on, closed.isAfter(CLOSES) ? CLOSES : closed);
            daysBridged += i < 3 ? waited[i] : 0;
        }
        for (int i = 0; i < 2; i++) {
            event(clients.get(i), "SCALE_DOWN", OPENS.plusDays(20 + i), null, null, null);
        }
        event(clients.get(5), "RELAPSE", OPENS.plusDays(12), null, null, null);
        for (int i = 0; i < 6; i++) {
            event(clients.get(i), "SIGNAL", OPENS.plusDays(14 + i), null, null, null);
        }
        // --- the questionnaires: six clients, three referrers, two coaches; five clients in the previous round
        int[] coachMarks = {8, 9, 7, 8, 10, 8};
        for (int i = 0; i < 6; i++) {
            evaluation.answers(round, Audience.CLIENT, clients.get(i), null, coachA.id(),
                    Map.of("SATISFIED_COACH", coachMarks[i], "WOULD_MISS", i == 5 ? 1 : 0, "CAN_DO_NOW", "Zelf koken",
                            // a listening ear for all six, own behaviour for the first five, health for two
                            "SUPPORT_AREAS", 1 | (i < 5 ? 2 : 0) | (i < 2 ? 4 : 0)),
                    at(OPENS.plusDays(i + 1), 14));
        }
        int[] collaboration = {9, 9, 6};
        for (int i = 0; i < 3; i++) {
            evaluation.answers(round, Audience.REFERRER, null, referrers.get(i).id(), referrers.get(i).id(),
                    Map.of("COLLABORATION", collaboration[i]), at(OPENS.plusDays(3), 9));
        }
        evaluation.answers(round, Audience.COACH, null, coachA.id(), coachA.id(), Map.of("CLIENT_TIME_SHARE", 80),
                at(OPENS.plusDays(3), 9));
        evaluation.answers(round, Audience.COACH, null, coachB.id(), coachB.id(), Map.of("CLIENT_TIME_SHARE", 90),
                at(OPENS.plusDays(3), 9));
        int[] previousMarks = {7, 7, 8, 8, 7};
        for (int i = 0; i < 5; i++) {
            evaluation.answers(previousRound, Audience.CLIENT, clients.get(i), null, coachA.id(),
                    Map.of("SATISFIED_COACH", previousMarks[i]), at(LocalDate.of(2018, 9, 10), 14));
        }
        // --- a selected story (proposed in the window) and a proposed one that is not in the report
        evaluation.selectedStory(clients.get(0), "Van vastlopen naar zelf regelen", "Nu belt moeder zelf als er iets is.",
                OPENS, coachA.id(), leader.id(), at(OPENS.plusDays(8), 10));
        jdbc.update("insert into story (client_id, title, body, consent_on, status, proposed_by, proposed_at) values "
                + "(?, 'Nog niet gekozen', 'Tekst', ?, 'PROPOSED', ?, ?)", clients.get(1), OPENS, coachA.id(),
                java.sql.Timestamp.from(at(OPENS.plusDays(9), 10)));

        MonitorFigures f = queries.figures(OPENS, CLOSES, round, roundName);

        // verbinding en samenwerking
        assertThat(f.connection().referrals()).isEqualTo(6);
        assertThat(f.connection().declined()).isEqualTo(1);
        assertThat(f.connection().medianDaysToDriegesprek()).isCloseTo(8.0, within(0.01));
        long agreements = jdbc.queryForObject("select count(*) from feedback_agreement a join client c on c.id = a.client_id "
                + "where c.phase in ('INTAKE', 'INTENSIVE', 'SCALING_DOWN', 'WAAKVLAM')", Long.class);
        assertThat(f.connection().feedbackAgreements()).isEqualTo(agreements);
        // zelfredzaamheid
        assertThat(f.selfReliance().goalsAchieved()).isEqualTo(5);
        assertThat(f.selfReliance().contacts()).isEqualTo(12);
        assertThat(f.selfReliance().clientInitiated()).isEqualTo(4);
        assertThat(f.selfReliance().clientInitiatedPercent()).isEqualTo(33);
        DashboardFigures.InstrumentResult scaleResult = f.selfReliance().instruments().stream()
                .filter(r -> r.code().equals("SCALE")).findFirst().orElseThrow();
        assertThat(scaleResult.repeated()).isEqualTo(5);
        assertThat(scaleResult.averageFirst()).isCloseTo((4 + 5 + 6 + 3 + 7) / 5.0, within(0.001));
        assertThat(scaleResult.averageLatest()).isCloseTo((6 + 7 + 6 + 5 + 6) / 5.0, within(0.001));
        assertThat(List.of(scaleResult.up(), scaleResult.same(), scaleResult.down())).containsExactly(3L, 1L, 1L);
        // preventie
        assertThat(f.prevention().prevented()).isEqualTo(3);
        assertThat(f.prevention().confirmedCases()).isEqualTo(2);
        assertThat(f.prevention().confirmedAmount()).isEqualTo(30000);
        // signalering
        assertThat(f.signalling().scaleUps()).isEqualTo(5);
        assertThat(f.signalling().bridged()).isEqualTo(3);
        assertThat(f.signalling().daysBridged()).isEqualTo(daysBridged);
        assertThat(f.signalling().averageWaitingDays()).isCloseTo(IntStream.of(waited).average().orElseThrow(), within(0.001));
        assertThat(f.signalling().scaleDowns()).isEqualTo(2);
        assertThat(f.signalling().relapses()).isEqualTo(1);
        assertThat(f.signalling().signals()).isEqualTo(6);
        assertThat(f.signalling().crises()).isZero();
        // tijdsbesteding
        assertThat(f.time().minutes()).isEqualTo(minutes);
        assertThat(f.time().contactsWithDuration()).isEqualTo(withDuration);
        assertThat(f.time().clientMonths()).isEqualTo(clientMonths.size());
        assertThat(f.time().directMinutes()).isEqualTo(direct);
        assertThat(f.time().byDomain().stream().filter(r -> r.labelNl().equals("Werk")).findFirst().orElseThrow()
                .minutes()).isEqualTo(workMinutes);
        assertThat(f.time().byDomain().stream().filter(r -> r.labelNl().startsWith("Inkomen")).findFirst().orElseThrow()
                .minutes()).isEqualTo(financeMinutes);
        assertThat(f.time().byCoach()).extracting(MonitorFigures.TimeRow::minutes).containsExactlyInAnyOrder(
                minutesOf(coachA.id()), minutesOf(coachB.id()));
        // the questionnaires
        MonitorFigures.QuestionResult satisfied = question(f, "CLIENT", "SATISFIED_COACH");
        assertThat(satisfied.answers()).isEqualTo(6);
        assertThat(satisfied.average()).isCloseTo(IntStream.of(coachMarks).average().orElseThrow(), within(0.001));
        MonitorFigures.QuestionResult miss = question(f, "CLIENT", "WOULD_MISS");
        assertThat(miss.choiceCounts()).containsExactly(5, 1, 0);
        assertThat(question(f, "CLIENT", "CAN_DO_NOW").inWords()).isEqualTo(6);
        assertThat(question(f, "CLIENT", "SUPPORT_AREAS").choiceCounts()).containsExactly(6, 5, 2, 0, 0, 0, 0);
        MonitorFigures.QuestionResult collaborationResult = question(f, "REFERRER", "COLLABORATION");
        assertThat(collaborationResult.answers()).isEqualTo(3);
        assertThat(collaborationResult.averageShown()).as("an average over three is not shown").isFalse();
        assertThat(question(f, "COACH", "CLIENT_TIME_SHARE").average()).isCloseTo(85.0, within(0.001));
        assertThat(f.stories()).extracting(MonitorFigures.StoryText::title).containsExactly("Van vastlopen naar zelf regelen");

        // the same figures on the screen, in the CSV, the PDF and the workbook; 3 is "< 5" everywhere
        MockHttpSession session = login(mvc, "projectleider");
        String screen = mvc.perform(get("/dashboard/monitor").param("round", round.toString()).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(screen).contains(roundName, "Vergeleken met de vorige ronde", "Verbinding en samenwerking",
                "Vergroten van zelfredzaamheid", "Preventie", "Signalering", "Van vastlopen naar zelf regelen",
                "€ 30.000", "8,3", "7,4", "Ja:\u00a05 · Een\u00a0beetje:\u00a0&lt;\u00a05 · Nee:\u00a00",
                "Een\u00a0luisterend\u00a0oor:\u00a06 · Mijn\u00a0eigen\u00a0gedrag:\u00a05 · Gezondheid:\u00a0&lt;\u00a05");
        assertThat(row(screen, "Voorkomen escalaties (oordeel van de coach)")).contains("&lt; 5");
        assertThat(row(screen, "Verwijzingen ingediend")).contains(">6<");
        assertThat(screen).doesNotContain("Nog niet gekozen").doesNotContain("Test Cliënt");

        String csv = new String(mvc.perform(get("/dashboard/monitor/prevention.csv").param("round", round.toString())
                .session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("Voorkomen escalaties (oordeel van de coach);< 5").contains("€ 30.000");
        String connectionCsv = new String(mvc.perform(get("/dashboard/monitor/connection.csv")
                .param("round", round.toString()).session(session)).andReturn().getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(connectionCsv).contains("Verwijzingen ingediend;6").contains("(mediaan);8,0");

        // the project leader's own list of time per client, by name, audited; never for the steering group
        String perClient = new String(mvc.perform(get("/dashboard/monitor/time-clients.csv").param("round",
                round.toString()).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        String first = jdbc.queryForObject("select first_name || ' ' || last_name from client where id = ?", String.class,
                clients.get(0));
        // contacts 0 (30 minutes, started by the client) and 7 (no minutes) were the first client's
        assertThat(perClient).contains(first + ";2;30;30;1");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where client_id = ? and action = 'EXPORT'",
                Long.class, clients.get(0))).isPositive();
        mvc.perform(get("/dashboard/monitor/time-clients.csv").session(login(mvc, "stuurgroep")))
                .andExpect(status().isForbidden());

        byte[] pdf = mvc.perform(get("/dashboard/monitor.pdf").param("round", round.toString()).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged").isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Monitorrapportage", roundName, "Voorkomen escalaties (oordeel van de coach) < 5",
                    "Verwijzingen ingediend 6", "€ 30.000", "Van vastlopen naar zelf regelen", "8,3");
        }

        byte[] xlsx = mvc.perform(get("/dashboard/monitor.xlsx").param("round", round.toString()).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isGreaterThanOrEqualTo(10);
            assertThat(cell(workbook.getSheet("prevention"), "Voorkomen escalaties (oordeel van de coach)")).isEqualTo("< 5");
            assertThat(cell(workbook.getSheet("prevention"), "Bevestigde voorkomen kosten")).isEqualTo("€ 30.000");
            assertThat(workbook.getSheet("connection").getRow(2).getCell(1).getNumericCellValue()).isEqualTo(6.0);
            assertThat(cell(workbook.getSheet("signalling"), "Opschalingen")).isEqualTo("5");
            assertThat(cell(workbook.getSheet("signalling"), "Waarvan wachttijd overbrugd door de coach")).isEqualTo("< 5");
        }
    }

    @Test
    void theSteeringGroupReadsTheFiguresAndNothingAboutAClient() throws Exception {
        MockHttpSession steering = login(mvc, "stuurgroep");
        mvc.perform(get("/").session(steering)).andExpect(status().is3xxRedirection());
        String report = mvc.perform(get("/dashboard/monitor").session(steering)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String dashboard = mvc.perform(get("/dashboard").session(steering)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        for (String page : List.of(report, dashboard)) {
            assertThat(page).doesNotContain("href=\"/clients").doesNotContain("href=\"/dashboard/rounds\"")
                    .doesNotContain("/dashboard/rounds/")
                    .doesNotContain("/dashboard/avoided-costs").doesNotContain("/dashboard/stories");
        }
        List<String> staff = jdbc.queryForList("select display_name from user_account", String.class);
        List<String> names = jdbc.queryForList("select first_name || ' ' || last_name from client "
                + "where anonymised_at is null", String.class).stream()
                .filter(name -> staff.stream().noneMatch(person -> person.contains(name))).toList();
        assertThat(names).isNotEmpty();
        for (String name : names) {
            assertThat(dashboard).doesNotContain(name);
            assertThat(report).doesNotContain(name);
        }
        mvc.perform(get("/dashboard/monitor.pdf").session(steering)).andExpect(status().isOk());
        mvc.perform(get("/dashboard/monitor.xlsx").session(steering)).andExpect(status().isOk());
        mvc.perform(get("/dashboard/phases.csv").session(steering)).andExpect(status().isOk());
        mvc.perform(get("/dashboard/waiting.csv").session(steering)).andExpect(status().isForbidden());
    }

    private long minutesOf(Long coach) {
        return jdbc.queryForObject("select coalesce(sum(duration_minutes), 0) from contact_moment where coach_id = ? "
                + "and occurred_at >= ? and occurred_at < ? and deleted_at is null", Long.class, coach,
                java.sql.Timestamp.from(at(OPENS, 0)), java.sql.Timestamp.from(at(CLOSES.plusDays(1), 0)));
    }

    private Long event(Long client, String type, LocalDate on, LocalDate waitingSince, LocalDate closedOn,
                       Boolean bridging) {
        return jdbc.queryForObject("insert into client_event (client_id, type, occurred_on, what_happened, severity, "
                + "recorded_by, created_at, waiting_since, closed_on, bridging, target_organisation_id) values (?, ?, ?, 'x', "
                + "'MEDIUM', ?, now(), ?, ?, ?, case when ? = 'SCALE_UP' then (select min(id) from organisation) end) "
                + "returning id", Long.class, client, type, on, coachA.id(), waitingSince, closedOn, bridging, type);
    }

    private static MonitorFigures.QuestionResult question(MonitorFigures f, String audience, String code) {
        return f.questions().stream().filter(q -> q.audience().equals(audience) && q.code().equals(code)).findFirst()
                .orElseThrow();
    }

    /** The table row of the screen whose first cell is {@code label}. */
    private static String row(String html, String label) {
        int start = html.indexOf(">" + label + "<");
        assertThat(start).as(label).isPositive();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    /** The second cell of the sheet's row whose first cell is {@code label}, as shown. */
    private static String cell(Sheet sheet, String label) {
        DataFormatter formatter = new DataFormatter(Locale.forLanguageTag("nl"));
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && label.equals(formatter.formatCellValue(first))) {
                return formatter.formatCellValue(row.getCell(1));
            }
        }
        throw new AssertionError(label + " not in " + sheet.getSheetName());
    }
}
