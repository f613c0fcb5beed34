package nl.waakvlam.sharing;

import nl.waakvlam.contact.ContactDetails;
import nl.waakvlam.contact.ContactOutcome;
import nl.waakvlam.contact.ContactService;
import nl.waakvlam.contact.ContactType;
import nl.waakvlam.contact.InitiatedBy;
import nl.waakvlam.contact.TimeKind;
import nl.waakvlam.goal.GoalOwner;
import nl.waakvlam.goal.GoalService;
import nl.waakvlam.goal.GoalStatus;
import nl.waakvlam.measurement.MeasurementMoment;
import nl.waakvlam.measurement.MeasurementService;
import nl.waakvlam.reference.ReferenceData;
import nl.waakvlam.security.UserSummary;
import nl.waakvlam.support.IntegrationTest;
import nl.waakvlam.support.TestPeople;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static nl.waakvlam.support.Sessions.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The progress report draft: what it is assembled from and what consent keeps out of it, the B1
 * hints and the editable period on the edit page, and the tagged PDF under the letterhead.
 */
@IntegrationTest
class ReportDraftIT {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final LocalDate TODAY = LocalDate.now(ZONE);
    static final String SHARED = "We hebben het ontwikkelingsperspectief samen besproken.";
    static final String PRIVATE = "PRIVATE-" + UUID.randomUUID();
    static final String BEFORE = "BEFORE-" + UUID.randomUUID();
    static final String GOAL = "Elke week twee keer sporten";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPeople people;
    @Autowired
    ContactService contacts;
    @Autowired
    GoalService goals;
    @Autowired
    MeasurementService measurements;
    @Autowired
    SharingService sharing;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    JdbcTemplate jdbc;

    /** A coach with one client of this referrer, with contacts, a goal and a measurement. */
    record Case(UserSummary coach, Long client, MockHttpSession session) {
    }

    Case clientWithHistory(UserSummary referrer) throws Exception {
        UserSummary coach = people.coach();
        Long client = people.coachedClient(coach, referrer, people.projectLeader());
        Map<String, Long> domains = referenceData.lifeDomainIdsByCode();
        contacts.importContact(client, coach.id(), new ContactDetails(at(TODAY.minusDays(5)), ContactOutcome.REACHED,
                ContactType.FACE_TO_FACE, InitiatedBy.COACH, 45, Set.of(domains.get("WORK"), domains.get("HOUSING")),
                PRIVATE, SHARED, null, null, false, false, TimeKind.DIRECT, Set.of()), Instant.now());
        contacts.importContact(client, coach.id(), ContactDetails.attempt(at(TODAY.minusDays(3)),
                ContactOutcome.NO_ANSWER, ContactType.PHONE), Instant.now());
        // before the period: neither counted nor quoted
        contacts.importContact(client, coach.id(), new ContactDetails(at(TODAY.minusDays(60)), ContactOutcome.REACHED,
                ContactType.PHONE, InitiatedBy.CLIENT, 10, Set.of(domains.get("ADDICTION")), null, BEFORE, null, null,
                false, false, TimeKind.DIRECT, Set.of()), Instant.now());
        goals.importGoal(client, GOAL, domains.get("DAYTIME"), GoalOwner.CLIENT, GoalStatus.OPEN,
                TODAY.plusMonths(3), coach.id());
        measurements.importMeasurement(client, "SCALE", MeasurementMoment.START, null, TODAY.minusDays(10), 6,
                Map.of(), null, coach.id());
        return new Case(coach, client, login(mvc, coach.username()));
    }

    static Instant at(LocalDate day) {
        return day.atTime(11, 0).atZone(ZONE).toInstant();
    }

    Long startDraft(Case c) throws Exception {
        mvc.perform(post("/clients/{id}/reports", c.client()).with(csrf()).session(c.session())
                        .param("periodFrom", TODAY.minusDays(30).toString()).param("periodTo", TODAY.toString()))
                .andExpect(status().isFound());
        return jdbc.queryForObject("select max(id) from progress_report where client_id = ?", Long.class, c.client());
    }

    String body(Long report) {
        return jdbc.queryForObject("select body from progress_report where id = ?", String.class, report);
    }

    String page(Case c, Long report) throws Exception {
        return mvc.perform(get("/reports/{id}", report).session(c.session())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void aDraftHoldsContactsAndSharedNotesAndGoalsAndMeasurementsOnlyWithConsent() throws Exception {
        UserSummary referrer = people.referrer();
        Case consented = clientWithHistory(referrer);
        sharing.importConsent(consented.client(), referrer.id(), true, true, true, TODAY.minusDays(20),
                consented.coach().id(), null);
        Case reportsOnly = clientWithHistory(referrer);
        sharing.importConsent(reportsOnly.client(), referrer.id(), true, false, false, TODAY.minusDays(20),
                reportsOnly.coach().id(), null);

        String withConsent = body(startDraft(consented));
        assertThat(withConsent)
                .contains("Contact in deze periode\nEr was 1 keer echt contact.\n"
                        + "1 keer lukte het niet om contact te krijgen (geen gehoor, niet thuis of afgezegd).\n"
                        + "Leefgebieden waarover het ging: Werk, Wonen.\n")
                .contains(SHARED)
                .contains("Doelen\n- " + GOAL + " (Open)")
                .contains("Schaalvraag (1–10): 6")
                .doesNotContain(PRIVATE).doesNotContain(BEFORE).doesNotContain("Verslaving");

        Long limited = startDraft(reportsOnly);
        String withoutConsent = body(limited);
        assertThat(withoutConsent).contains("Er was 1 keer echt contact.").contains(SHARED)
                .doesNotContain(GOAL).doesNotContain("Doelen").doesNotContain("Schaalvraag")
                .doesNotContain(PRIVATE).doesNotContain(BEFORE);
        // the draft page says what consent left out, outside the text the referrer will read
        assertThat(page(reportsOnly, limited)).contains("Niet in dit concept, omdat de toestemming van de cliënt "
                + "voor de doorverwijzer het niet dekt: belangrijke gebeurtenissen, doelen en metingen.");
        assertThat(withoutConsent).doesNotContain("Niet in dit concept");
        assertThat(page(consented, jdbc.queryForObject("select max(id) from progress_report where client_id = ?",
                Long.class, consented.client()))).doesNotContain("Niet in dit concept");
    }

    @Test
    void theEditPageGivesB1HintsAndThePeriodCanChangeWithinLimits() throws Exception {
        Case c = clientWithHistory(people.referrer());
        Long report = startDraft(c);

        assertThat(page(c, report)).contains("Tips voor eenvoudige taal (B1).")
                .contains("Lange woorden: ontwikkelingsperspectief")
                .contains("name=\"periodFrom\"").contains("value=\"" + TODAY.minusDays(30) + "\"");

        String longSentence = "Op dinsdag hebben we samen met zijn moeder en de begeleider van school een lang "
                + "gesprek gehad over werk, geld, wonen en de toekomst.";
        // an end in the future is refused, and the hints are there for the text as typed
        String refused = mvc.perform(post("/reports/{id}", report).with(csrf()).session(c.session())
                        .param("version", "0").param("body", longSentence)
                        .param("periodFrom", TODAY.minusDays(20).toString())
                        .param("periodTo", TODAY.plusDays(1).toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("De datum mag niet in de toekomst liggen.")
                .contains("Lange zin (24 woorden): ‘Op dinsdag hebben we samen met …’")
                .contains("value=\"" + TODAY.plusDays(1) + "\"");
        mvc.perform(post("/reports/{id}", report).with(csrf()).session(c.session()).param("version", "0")
                        .param("body", "Kort.").param("periodFrom", TODAY.minusDays(2).toString())
                        .param("periodTo", TODAY.minusDays(3).toString()))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select period_from from progress_report where id = ?", LocalDate.class,
                report)).isEqualTo(TODAY.minusDays(30));

        mvc.perform(post("/reports/{id}", report).with(csrf()).session(c.session()).param("version", "0")
                        .param("body", longSentence).param("periodFrom", TODAY.minusDays(20).toString())
                        .param("periodTo", TODAY.minusDays(1).toString()))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForMap("select period_from, period_to, version from progress_report where id = ?",
                report)).containsEntry("period_from", java.sql.Date.valueOf(TODAY.minusDays(20)))
                .containsEntry("period_to", java.sql.Date.valueOf(TODAY.minusDays(1)))
                .containsEntry("version", 1L);
        assertThat(page(c, report)).contains("Lange zin (24 woorden)");

        // while typing: the hints for the text so far, from the same rules, nothing saved
        String typed = mvc.perform(post("/reports/{id}/hints", report).with(csrf()).session(c.session())
                        .param("body", longSentence + " Daarna een ontwikkelingsperspectief."))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(typed).startsWith("<div").contains("id=\"body-hints\"").contains("Lange zin (24 woorden)")
                .contains("ontwikkelingsperspectief").doesNotContain("<html");
        assertThat(mvc.perform(post("/reports/{id}/hints", report).with(csrf()).session(c.session())
                .param("body", "Kort.")).andReturn().getResponse().getContentAsString())
                .contains("Geen lange zinnen of lange woorden gevonden.");
        assertThat(jdbc.queryForObject("select version from progress_report where id = ?", Long.class, report))
                .isEqualTo(1L);
        // only coaches ask
        mvc.perform(post("/reports/{id}/hints", report).with(csrf()).session(login(mvc, "verwijzer1"))
                .param("body", "Kort.")).andExpect(status().isNotFound());
    }

    @Test
    void theReportAndMonitoringPdfsAreTaggedUnderTheProgrammesLetterhead() throws Exception {
        Case c = clientWithHistory(people.referrer());
        Long report = startDraft(c);
        byte[] pdf = mvc.perform(get("/reports/{id}.pdf", report).session(c.session())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertTaggedWithLetterhead(pdf, SHARED);

        byte[] monitoring = mvc.perform(get("/dashboard/monitoring.pdf").session(login(mvc, "projectleider")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertTaggedWithLetterhead(monitoring, "Monitoringsrapportage");
    }

    static void assertTaggedWithLetterhead(byte[] pdf, String text) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            assertThat(document.getDocumentInformation().getTitle()).isNotBlank();
            assertThat(document.getDocumentInformation().getSubject()).isNotBlank();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            String content = new PDFTextStripper().getText(document);
            assertThat(content.strip()).startsWith("Waakvlam");
            assertThat(content).contains(text);
        }
    }
}
