package nl.waakvlam.rights;

import nl.waakvlam.security.UserSummary;
import nl.waakvlam.support.IntegrationTest;
import nl.waakvlam.support.MutableClock;
import nl.waakvlam.support.StatementCounter;
import nl.waakvlam.support.TestPeople;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static nl.waakvlam.support.Sessions.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The client's rights on the client file: access for need (a reason, 24 hours by the application
 * clock, audited, the coaches told), the access overview (names and roles, page and PDF), the
 * client's data on request (a ZIP with the PDF and the CSV files, private notes included), who is
 * refused, and what the pages cost in SQL statements.
 */
@IntegrationTest
class ClientRightsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestPeople people;

    @Autowired
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** A fresh coach, cover coach, referrer and project leader, and a client with a private note. */
    record Setting(UserSummary coach, UserSummary cover, UserSummary referrer, UserSummary leader, Long client,
                   String canary) {
    }

    Setting setting() throws Exception {
        UserSummary coach = people.coach();
        UserSummary cover = people.coach();
        UserSummary referrer = people.referrer();
        UserSummary leader = people.projectLeader();
        Long client = people.coachedClient(coach, referrer, leader);
        jdbc.update("update client set cover_coach_id = ? where id = ?", cover.id(), client);
        String canary = "CANARY-" + UUID.randomUUID();
        mvc.perform(post("/clients/{id}/contacts/new", client).with(csrf()).session(login(mvc, coach.username()))
                        .param("occurredAt", LocalDateTime.now(ZoneId.of("Europe/Amsterdam")).withSecond(0).withNano(0)
                                .minusHours(1).toString())
                        .param("outcome", "REACHED").param("type", "FACE_TO_FACE").param("privateNote", canary))
                .andExpect(status().is3xxRedirection());
        return new Setting(coach, cover, referrer, leader, client, canary);
    }

    @Test
    void accessForNeedIsRefusedWithoutAReason() throws Exception {
        Setting s = setting();
        MockHttpSession leader = login(mvc, s.leader().username());

        String page = mvc.perform(post("/clients/{id}/access-for-need", s.client()).with(csrf()).session(leader)
                        .param("category", "CALAMITY").param("reason", "   "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Schrijf uw reden op. Zonder reden krijgt u geen toegang.")
                .containsPattern("value=\"CALAMITY\"[^>]*checked");
        assertThat(jdbc.queryForObject("select count(*) from access_for_need where client_id = ?", Long.class,
                s.client())).isZero();
        assertThat(body(leader, "/clients/" + s.client())).doesNotContain(s.canary());
        // no category either: its own message, and still nothing given
        assertThat(mvc.perform(post("/clients/{id}/access-for-need", s.client()).with(csrf()).session(leader)
                        .param("reason", "Nodig"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Kies waarom het nodig is.");
        assertThat(jdbc.queryForObject("select count(*) from access_for_need where client_id = ?", Long.class,
                s.client())).isZero();
    }

    @Test
    void accessForNeedHoldsFor24HoursIsAuditedAndTellsTheCoaches() throws Exception {
        Setting s = setting();
        MockHttpSession leader = login(mvc, s.leader().username());
        assertThat(body(leader, "/clients/" + s.client())).doesNotContain(s.canary());
        String reason = "Coach ziek, cliënt belt in paniek " + UUID.randomUUID();

        mvc.perform(post("/clients/{id}/access-for-need", s.client()).with(csrf()).session(leader)
                        .param("category", "COACH_UNREACHABLE").param("reason", reason))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/clients/" + s.client() + "#file-timeline"));

        String file = body(leader, "/clients/" + s.client());
        assertThat(file).contains(s.canary()).contains("id=\"access-for-need\"").contains(reason)
                .contains("Coach niet bereikbaar");
        // the coach sees the banner too
        assertThat(body(login(mvc, s.coach().username()), "/clients/" + s.client()))
                .contains("id=\"access-for-need\"").contains(reason);

        // the audit row carries category and reason
        List<String> details = jdbc.queryForList("select detail from audit_event where client_id = ? "
                + "and action = 'ACCESS_FOR_NEED' and outcome = 'ALLOWED' and user_id = ?", String.class, s.client(),
                s.leader().id());
        assertThat(details).containsExactly("COACH_UNREACHABLE: " + reason);

        // an inbox item with the reason for the coach and the cover coach
        for (UserSummary coach : List.of(s.coach(), s.cover())) {
            assertThat(jdbc.queryForList("select detail from notification where user_id = ? "
                    + "and type = 'ACCESS_FOR_NEED' and client_id = ?", String.class, coach.id(), s.client()))
                    .containsExactly(reason);
        }
        assertThat(body(login(mvc, s.coach().username()), "/inbox")).contains(reason)
                .contains("Toegang bij nood (coach niet bereikbaar)");

        // every read is still audited as a view
        Long viewsBefore = views(s.client(), s.leader().id());
        body(leader, "/clients/" + s.client());
        assertThat(views(s.client(), s.leader().id())).isEqualTo(viewsBefore + 1);

        // just before the 24 hours end it still holds ...
        clock.advance(Duration.ofHours(23).plusMinutes(59));
        assertThat(body(leader, "/clients/" + s.client())).contains(s.canary());
        // ... and after them not any more
        clock.advance(Duration.ofMinutes(2));
        String after = body(leader, "/clients/" + s.client());
        assertThat(after).doesNotContain(s.canary()).doesNotContain("id=\"access-for-need\"");
    }

    @Test
    void theAccessOverviewListsOtherUsersWithNameAndRole() throws Exception {
        Setting s = setting();
        // the referrer and the project leader open the file
        body(login(mvc, s.referrer().username()), "/clients/" + s.client());
        MockHttpSession leaderSession = login(mvc, s.leader().username());
        // one visit: the file read five times in a row (back from forms, after saving) is listed once
        for (int i = 0; i < 5; i++) {
            body(leaderSession, "/clients/" + s.client());
        }

        MockHttpSession coach = login(mvc, s.coach().username());
        String page = body(coach, "/clients/" + s.client() + "/accesses");
        assertThat(page.split(java.util.regex.Pattern.quote(s.leader().displayName()), -1)).as("one visit, once")
                .hasSize(2);
        assertThat(page).contains(s.leader().displayName()).contains("Projectleider")
                .contains(s.referrer().displayName()).contains("Doorverwijzer")
                .contains(s.coach().displayName()).contains("Lifecoach")
                .contains("Bekeken").contains("het dossier").contains("Iets toegevoegd")
                .doesNotContain(">" + s.leader().username() + "<");
        // producing it is audited as a view of the overview
        assertThat(jdbc.queryForObject("select count(*) from audit_event where client_id = ? and user_id = ? "
                + "and action = 'VIEW' and entity = 'access_overview'", Long.class, s.client(), s.coach().id()))
                .isEqualTo(1);

        // a period without accesses
        assertThat(body(coach, "/clients/" + s.client() + "/accesses?from=2001-01-01&to=2001-12-31"))
                .contains("Niemand heeft het dossier in deze periode ingezien.");
        // a period the wrong way round: the message next to the field, what was typed kept
        assertThat(body(coach, "/clients/" + s.client() + "/accesses?from=2025-05-01&to=2025-01-01"))
                .contains("De einddatum ligt voor de begindatum.").contains("value=\"2025-05-01\"");

        MockHttpServletResponse pdf = mvc.perform(get("/clients/{id}/accesses.pdf", s.client()).session(coach))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        String text = pdfText(pdf.getContentAsByteArray());
        assertThat(text).contains(s.leader().displayName()).contains("Projectleider").contains("Bekeken");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where client_id = ? and user_id = ? "
                + "and action = 'EXPORT' and entity = 'access_overview'", Long.class, s.client(), s.coach().id()))
                .isEqualTo(1);
    }

    @Test
    void theClientsDataIsAZipWithThePdfAndTheMachineReadableFiles() throws Exception {
        Setting s = setting();
        MockHttpSession leader = login(mvc, s.leader().username());

        // refused without a reason, nothing audited as an export
        assertThat(mvc.perform(post("/clients/{id}/data-request", s.client()).with(csrf()).session(leader)
                        .param("reason", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Schrijf de reden op");
        assertThat(exports(s.client())).isEmpty();

        // cells a spreadsheet would run: from an imported workbook, anyone's text
        jdbc.update("update client set address = '=HYPERLINK(\"http://example.invalid\",\"Klik\")', "
                + "own_question = '+31 6 bel mij', living_situation = '@SUM(1)', aftercare_note = '-2+3' where id = ?",
                s.client());
        String reason = "Verzoek van de cliënt per brief " + UUID.randomUUID();
        MockHttpServletResponse response = mvc.perform(post("/clients/{id}/data-request", s.client()).with(csrf())
                .session(leader).param("reason", reason)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/zip");
        assertThat(response.getHeader("Content-Disposition")).contains("gegevens-client-" + s.client());

        Map<String, byte[]> zip = unzip(response.getContentAsByteArray());
        assertThat(zip).containsKeys("dossier.pdf", "personal_details.csv", "phases.csv", "coaches.csv",
                "referral.csv", "contacts.csv", "events.csv", "goals.csv", "measurements.csv", "agreements.csv",
                "consents.csv", "reports.csv", "lees-mij.txt");
        String contacts = new String(zip.get("contacts.csv"), StandardCharsets.UTF_8);
        assertThat(contacts).startsWith("\uFEFF").contains(s.canary()).contains(";Bereikt;")
                .contains("Werknotitie van de coach");
        String details = new String(zip.get("personal_details.csv"), StandardCharsets.UTF_8);
        assertThat(details).contains("Voornaam;").contains("Cliënt")
                .contains("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"Klik\"\")\"").contains(";'+31 6 bel mij;")
                .contains(";'@SUM(1);").contains(";'-2+3;");
        String pdf = pdfText(zip.get("dossier.pdf"));
        assertThat(pdf).contains(s.canary()).contains("Persoonsgegevens").contains("Contacten")
                .contains("Werknotitie van de coach").contains("Bereikt");

        assertThat(exports(s.client())).containsExactly(reason);
        // the coach may not produce it
        mvc.perform(post("/clients/{id}/data-request", s.client()).with(csrf())
                        .session(login(mvc, s.coach().username())).param("reason", reason))
                .andExpect(status().isNotFound());
    }

    /** A message key ("referral.submitted", "contactOutcome.REACHED") that reached a document unresolved. */
    static final Pattern MESSAGE_KEY = Pattern.compile("(?<![@\\w.])[a-z][a-zA-Z]+\\.[a-zA-Z_]+\\b(?![@.]\\w)");
    static final Set<String> DOMAINS = Set.of("org", "nl", "com", "net", "invalid", "test", "pdf", "csv", "txt");

    @Test
    void theDataRequestSpeaksWordsInThePdfAndInEveryCsv() throws Exception {
        // the demo client with the fullest file: contacts, events, goals, measurements, reports, consents
        Long client = jdbc.queryForObject("select c.id from client c order by "
                + "(select count(*) from client_event e where e.client_id = c.id) "
                + "+ (select count(*) from goal g where g.client_id = c.id) "
                + "+ (select count(*) from measurement m where m.client_id = c.id) "
                + "+ (select count(*) from progress_report r where r.client_id = c.id) "
                + "+ (select count(*) from phase_change p where p.client_id = c.id) desc, c.id limit 1", Long.class);
        Map<String, byte[]> zip = unzip(mvc.perform(post("/clients/{id}/data-request", client).with(csrf())
                        .session(login(mvc, "projectleider")).param("reason", "Verzoek van de cliënt"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        Set<String> codes = enumConstants();
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        texts.put("dossier.pdf", pdfText(zip.get("dossier.pdf")));
        zip.forEach((name, bytes) -> {
            if (name.endsWith(".csv")) {
                String csv = new String(bytes, StandardCharsets.UTF_8);
                assertThat(csv).as(name + ": a byte-order mark for Excel").startsWith("\uFEFF");
                assertThat(csv.lines().findFirst().orElseThrow()).as(name + ": split on semicolons").contains(";");
                texts.put(name, csv);
            }
        });
        assertThat(texts).hasSizeGreaterThan(10);
        texts.forEach((name, text) -> {
            Matcher key = MESSAGE_KEY.matcher(text);
            while (key.find()) {
                String last = key.group().substring(key.group().lastIndexOf('.') + 1);
                assertThat(DOMAINS).as(name + ": a message key in a document for people: " + key.group())
                        .contains(last);
            }
            for (String word : text.split("[^A-Za-z_]+")) {
                assertThat(codes).as(name + ": a code in a document for people").doesNotContain(word);
            }
        });
    }

    /** The names of the application's enum constants ("REACHED", "FACE_TO_FACE"): codes, not words. */
    static Set<String> enumConstants() {
        var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new org.springframework.core.type.filter.AssignableTypeFilter(Enum.class));
        Set<String> names = new java.util.TreeSet<>();
        for (var definition : scanner.findCandidateComponents("nl.waakvlam")) {
            try {
                for (Object constant : Class.forName(definition.getBeanClassName()).getEnumConstants()) {
                    String name = ((Enum<?>) constant).name();
                    // two-letter codes and acronyms that are also the word (ZRM, GGZ) are not telling
                    if (name.length() > 3 && !name.equals(name.replace("_", "")) || name.length() > 5) {
                        names.add(name);
                    }
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        assertThat(names).contains("REACHED", "FACE_TO_FACE");
        return names;
    }

    @Test
    void referrersAndTheAdministratorAreRefusedEverywhere() throws Exception {
        Setting s = setting();
        List<String> gets = List.of("/clients/%d/accesses", "/clients/%d/accesses.pdf", "/clients/%d/access-for-need",
                "/clients/%d/data-request");
        List<String> posts = List.of("/clients/%d/access-for-need", "/clients/%d/data-request");
        for (String username : List.of(s.referrer().username(), "beheerder")) {
            MockHttpSession session = login(mvc, username);
            for (String path : gets) {
                int status = mvc.perform(get(path.formatted(s.client())).session(session)).andReturn().getResponse()
                        .getStatus();
                assertThat(status).as(username + " GET " + path).isIn(403, 404);
            }
            for (String path : posts) {
                int status = mvc.perform(post(path.formatted(s.client())).with(csrf()).session(session)
                        .param("category", "CALAMITY").param("reason", "Probeer")).andReturn().getResponse()
                        .getStatus();
                assertThat(status).as(username + " POST " + path).isIn(403, 404);
            }
        }
        // a coach of other clients sees neither the overview nor the leader's actions
        MockHttpSession otherCoach = login(mvc, people.coach().username());
        for (String path : gets) {
            assertThat(mvc.perform(get(path.formatted(s.client())).session(otherCoach)).andReturn().getResponse()
                    .getStatus()).as("other coach GET " + path).isEqualTo(404);
        }
        // the client's own coach: the overview yes, the leader's actions no
        MockHttpSession coach = login(mvc, s.coach().username());
        mvc.perform(get("/clients/{id}/accesses", s.client()).session(coach)).andExpect(status().isOk());
        mvc.perform(get("/clients/{id}/access-for-need", s.client()).session(coach)).andExpect(status().isNotFound());
        mvc.perform(post("/clients/{id}/access-for-need", s.client()).with(csrf()).session(coach)
                .param("category", "CALAMITY").param("reason", "Probeer")).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from access_for_need where client_id = ?", Long.class,
                s.client())).isZero();
        assertThat(exports(s.client())).isEmpty();
        // the referrer's file has no rights section; the coach's has the overview only
        assertThat(body(login(mvc, s.referrer().username()), "/clients/" + s.client()))
                .doesNotContain("/accesses").doesNotContain("/data-request");
        assertThat(body(coach, "/clients/" + s.client())).contains("/accesses").doesNotContain("/data-request")
                .doesNotContain("/access-for-need");
    }

    @Test
    void thePagesCostAFixedNumberOfStatements() throws Exception {
        Setting s = setting();
        MockHttpSession coach = login(mvc, s.coach().username());
        MockHttpSession leader = login(mvc, s.leader().username());
        String overview = "/clients/" + s.client() + "/accesses";
        statements(coach, overview); // warm-up
        long fewAccesses = statements(coach, overview);
        addViews(s.client(), s.leader().id(), 120);
        long manyAccesses = statements(coach, overview);
        long secondPage = statements(coach, overview + "?page=2");

        mvc.perform(post("/clients/{id}/access-for-need", s.client()).with(csrf()).session(leader)
                .param("category", "WARM_HANDOVER").param("reason", "Overdracht aan een nieuwe coach"));
        String file = "/clients/" + s.client();
        statements(leader, file);
        long fileWithFewContacts = statements(leader, file);
        addContacts(s.client(), s.coach().id(), 60);
        long fileWithManyContacts = statements(leader, file);
        System.out.printf("statements: access overview %d/%d (few/120 accesses), page 3 %d; "
                        + "file under access for need %d/%d (1/61 contacts)%n", fewAccesses, manyAccesses, secondPage,
                fileWithFewContacts, fileWithManyContacts);
        assertThat(manyAccesses).isEqualTo(fewAccesses).isEqualTo(secondPage).isLessThanOrEqualTo(12);
        assertThat(fileWithManyContacts).isEqualTo(fileWithFewContacts);
    }

    long statements(MockHttpSession session, String path) throws Exception {
        StatementCounter.reset();
        mvc.perform(get(path).session(session)).andExpect(status().isOk());
        return StatementCounter.count();
    }

    void addViews(Long client, Long userId, int count) {
        jdbc.batchUpdate("insert into audit_event (occurred_at, user_id, username, role, action, client_id, entity, "
                        + "entity_id, outcome) values (now() - (? * interval '1 hour'), ?, 'x', 'PROJECT_LEADER', "
                        + "'VIEW', ?, 'client', ?, 'ALLOWED')",
                IntStream.range(0, count).mapToObj(i -> new Object[]{i + 1, userId, client, client}).toList());
    }

    void addContacts(Long clientId, Long coachId, int count) {
        jdbc.batchUpdate("insert into contact_moment (client_id, coach_id, occurred_at, outcome, type, initiated_by, "
                        + "life_domain_ids, private_note, time_kind, created_at) values (?, ?, "
                        + "now() - (? * interval '1 hour'), 'REACHED', 'PHONE', 'COACH', '{}', 'Notitie', 'DIRECT', now())",
                IntStream.range(0, count).mapToObj(i -> new Object[]{clientId, coachId, i + 2}).toList());
    }

    Long views(Long client, Long userId) {
        return jdbc.queryForObject("select count(*) from audit_event where client_id = ? and user_id = ? "
                + "and action = 'VIEW' and entity = 'client'", Long.class, client, userId);
    }

    List<String> exports(Long client) {
        return jdbc.queryForList("select detail from audit_event where client_id = ? and action = 'EXPORT' "
                + "and entity = 'client_data'", String.class, client);
    }

    String body(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString();
    }

    static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
