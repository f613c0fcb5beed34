package nl.waakvlam.sharing;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import nl.waakvlam.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import nl.waakvlam.support.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static nl.waakvlam.support.Sessions.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Agreements, consent and progress reports against real PostgreSQL and a real SMTP server
 * (GreenMail): what a referrer may see, when, and that a private note never travels.
 */
@IntegrationTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", TestMail.MAIL_PORT,
        "waakvlam.base-url=http://waakvlam.test"})
class SharingIT {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestMail.SMTP);

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final LocalDate TODAY = LocalDate.now(ZONE);

    @Autowired
    MockMvc mvc;

    /**
     * Start-up reminders (feedback and follow-ups due) may already have mailed the demo coaches;
     * each test counts only the e-mails its own steps cause.
     */
    @BeforeEach
    void emptyMailboxes() throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    nl.waakvlam.support.TestPeople people;

    Long userId(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    /** A fresh intensive client of coach1 referred by the given referrer. */
    Long client(String referrer, String firstName) {
        Long track = jdbc.queryForObject("select id from track where code = 'ADULTS'", Long.class);
        return jdbc.queryForObject("insert into client (first_name, last_name, date_of_birth, track_id, phase, phase_since, "
                        + "started_on, referring_organisation_id, referrer_id, coach_id) select ?, 'Deelbaar', "
                        + "date '1992-02-02', ?, 'INTENSIVE', current_date - 90, current_date - 90, u.organisation_id, u.id, "
                        + "(select id from user_account where username = 'coach1') from user_account u where u.username = ? "
                        + "returning id", Long.class, firstName, track, referrer);
    }

    String body(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString();
    }

    int statusOf(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse().getStatus();
    }

    Long releaseReport(MockHttpSession coach, Long client) throws Exception {
        mvc.perform(post("/clients/{id}/reports", client).with(csrf()).session(coach)
                .param("periodFrom", TODAY.minusDays(30).toString()).param("periodTo", TODAY.toString()));
        Long report = jdbc.queryForObject("select max(id) from progress_report where client_id = ?", Long.class, client);
        String draft = jdbc.queryForObject("select body from progress_report where id = ?", String.class, report);
        mvc.perform(post("/reports/{id}", report).with(csrf()).session(coach).param("version", "0")
                        .param("body", draft + "\nGoed bezig met de huishoudpot.").param("action", "release"))
                .andExpect(status().isOk());
        mvc.perform(post("/reports/{id}", report).with(csrf()).session(coach).param("version", "0")
                        .param("body", draft + "\nGoed bezig met de huishoudpot.")
                        .param("discussedOn", TODAY.toString()).param("action", "release"))
                .andExpect(status().isFound());
        return report;
    }

    @Test
    void aPrivateNoteNeverTravelsAndConsentDecidesWhatTheReferrerSees() throws Exception {
        String canary = "CANARY-" + UUID.randomUUID();
        String name = "Deel" + UUID.randomUUID().toString().substring(0, 5);
        Long client = client("verwijzer2", name);
        MockHttpSession coach = login(mvc, "coach1");
        MockHttpSession referrer = login(mvc, "verwijzer2");
        MockHttpSession otherReferrer = login(mvc, "verwijzer1");

        mvc.perform(post("/clients/{id}/contacts/new", client).with(csrf()).session(coach)
                .param("occurredAt", LocalDateTime.now(ZONE).minusDays(2).withSecond(0).withNano(0).toString())
                .param("outcome", "REACHED").param("type", "FACE_TO_FACE").param("privateNote", canary)
                .param("sharedNote", "We hebben samen de huur betaald."));
        mvc.perform(post("/clients/{id}/agreement", client).with(csrf()).session(coach)
                .param("referrerId", userId("verwijzer2").toString()).param("frequency", "MONTHLY")
                .param("channel", "PORTAL").param("topics", "Geld en wonen"));

        // without consent nothing is shared, and a report cannot be read
        Long report = releaseReport(coach, client);
        String draftBody = jdbc.queryForObject("select body from progress_report where id = ?", String.class, report);
        assertThat(draftBody).contains("We hebben samen de huur betaald.").doesNotContain(canary);
        assertThat(statusOf(referrer, "/reports/" + report)).isEqualTo(404);
        assertThat(statusOf(referrer, "/reports/" + report + ".pdf")).isEqualTo(404);
        assertThat(body(referrer, "/clients/" + client)).contains("geen toestemming gegeven");
        assertThat(greenMail.getReceivedMessages()).isEmpty();

        mvc.perform(post("/clients/{id}/consents", client).with(csrf()).session(coach)
                .param("recipientType", "REFERRER").param("referrerId", userId("verwijzer2").toString())
                .param("reports", "true").param("events", "true").param("obtainedHow", "CONVERSATION")
                .param("givenOn", TODAY.toString()));
        Long second = releaseReport(coach, client);

        // the referrer with consent reads it, as HTML and PDF, with a receipt
        String html = body(referrer, "/reports/" + second);
        assertThat(html).contains("Goed bezig met de huishoudpot.").doesNotContain(canary);
        byte[] pdf = mvc.perform(get("/reports/{id}.pdf", second).session(referrer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Goed bezig met de huishoudpot.").contains(name).doesNotContain(canary);
        }
        assertThat(jdbc.queryForObject("select count(*) from report_read where report_id = ? and user_id = ?",
                Integer.class, second, userId("verwijzer2"))).isEqualTo(1);

        // one e-mail to the right referrer, without the client's name or any content
        greenMail.waitForIncomingEmail(5000, 1);
        MimeMessage[] mails = greenMail.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("verwijzer2@demo.example");
        String mailText = mails[0].getSubject() + GreenMailUtil.getBody(mails[0]);
        assertThat(mailText).doesNotContain(name).doesNotContain("Deelbaar").doesNotContain(canary)
                .doesNotContain("huishoudpot").contains("http://waakvlam.test/inbox/");

        // the inbox item leads to the report
        String inbox = body(referrer, "/inbox");
        assertThat(inbox).contains("nieuw voortgangsverslag");

        // every page the referrer and the other referrer can reach is free of the canary
        for (String path : List.of("/referrals", "/clients/" + client, "/reports/" + second, "/inbox")) {
            assertThat(body(referrer, path)).as(path).doesNotContain(canary);
            assertThat(body(otherReferrer, path)).as("other referrer " + path).doesNotContain(canary)
                    .doesNotContain("huishoudpot");
        }
        assertThat(statusOf(otherReferrer, "/reports/" + second)).isEqualTo(404);
        assertThat(statusOf(otherReferrer, "/clients/" + client)).isEqualTo(404);

        // withdrawal takes effect on the very next request
        Long consent = jdbc.queryForObject("select id from consent where client_id = ?", Long.class, client);
        mvc.perform(post("/clients/{id}/consents/{c}/withdraw", client, consent).with(csrf()).session(coach));
        assertThat(statusOf(referrer, "/reports/" + second)).isEqualTo(404);
        assertThat(statusOf(referrer, "/reports/" + second + ".pdf")).isEqualTo(404);
        assertThat(body(referrer, "/clients/" + client)).doesNotContain("Goed bezig met de huishoudpot.")
                .doesNotContain("We hebben samen de huur betaald.");
        // and the history is kept
        assertThat(jdbc.queryForObject("select withdrawn_on from consent where id = ?", LocalDate.class, consent))
                .isEqualTo(TODAY);
    }

    @Test
    void aCorrectionIsANewVersionAndTheOldOneStaysVisibleAsSuperseded() throws Exception {
        Long client = client("verwijzer3", "Corr" + UUID.randomUUID().toString().substring(0, 4));
        MockHttpSession coach = login(mvc, "coach1");
        mvc.perform(post("/clients/{id}/consents", client).with(csrf()).session(coach)
                .param("recipientType", "REFERRER").param("referrerId", userId("verwijzer3").toString())
                .param("reports", "true").param("obtainedHow", "SIGNED_FORM").param("givenOn", TODAY.toString()));
        Long first = releaseReport(coach, client);
        mvc.perform(post("/reports/{id}", first).with(csrf()).session(coach).param("version", "1")
                .param("body", "Veranderd").param("discussedOn", TODAY.toString())).andExpect(status().isOk());
        mvc.perform(post("/reports/{id}/correct", first).with(csrf()).session(coach));
        Long correction = jdbc.queryForObject("select id from progress_report where previous_id = ?", Long.class, first);
        mvc.perform(post("/reports/{id}", correction).with(csrf()).session(coach).param("version", "0")
                .param("body", "Gecorrigeerde tekst").param("discussedOn", TODAY.toString())
                .param("action", "release")).andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select status from progress_report where id = ?", String.class, first))
                .isEqualTo("SUPERSEDED");
        MockHttpSession referrer = login(mvc, "verwijzer3");
        assertThat(body(referrer, "/reports/" + first)).contains("vervangen door een nieuwere versie");
        assertThat(body(referrer, "/reports/" + correction)).contains("Gecorrigeerde tekst");
    }

    @Test
    void theReferrersContextLandsOnTheCoachsTimeline() throws Exception {
        Long client = client("verwijzer4", "Ctx" + UUID.randomUUID().toString().substring(0, 4));
        mvc.perform(post("/clients/{id}/referrer-notes", client).with(csrf()).session(login(mvc, "verwijzer4"))
                .param("note", "Hij kwam gisteren niet op zijn werk.")).andExpect(status().isFound());
        MockHttpSession coach = login(mvc, "coach1");
        assertThat(body(coach, "/clients/" + client)).contains("Hij kwam gisteren niet op zijn werk.")
                .contains("Van doorverwijzer");
        // the coach hears of it in the inbox, with the client's name; e-mail never names the client
        String firstName = jdbc.queryForObject("select first_name from client where id = ?", String.class, client);
        assertThat(body(coach, "/inbox")).contains(firstName + " Deelbaar: ")
                .contains("De verwijzer heeft iets toegevoegd aan het dossier.");
        assertThat(greenMail.getReceivedMessages()).allSatisfy(message ->
                assertThat(GreenMailUtil.getBody(message)).doesNotContain(firstName));
        mvc.perform(post("/inbox/read-all").with(csrf()).session(coach)).andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select count(*) from notification n join user_account u on u.id = n.user_id "
                + "where u.username = 'coach1' and n.read_at is null", Long.class)).isZero();
        mvc.perform(post("/clients/{id}/referrer-notes", client).with(csrf()).session(login(mvc, "verwijzer1"))
                .param("note", "Niet mijn cliënt")).andExpect(status().isNotFound());
    }

    @Autowired
    DueReminders reminders;

    @Test
    void dueFeedbackAndFollowUpsRemindTheCoachOnceInTheInbox() throws Exception {
        Long client = client("verwijzer1", "Rem" + UUID.randomUUID().toString().substring(0, 4));
        jdbc.update("insert into feedback_agreement (client_id, referrer_id, frequency, channel, made_on, next_due, "
                + "updated_at) values (?, ?, 'MONTHLY', 'PHONE', current_date - 40, current_date - 3, now())", client,
                userId("verwijzer1"));
        reminders.remind();
        reminders.remind();
        assertThat(jdbc.queryForObject("select count(*) from notification where user_id = ? and type = 'FEEDBACK_DUE' "
                + "and link = ?", Integer.class, userId("coach1"), "/clients/" + client + "#sharing")).isEqualTo(1);
        assertThat(body(login(mvc, "coach1"), "/inbox")).contains("terugkoppeling aan een doorverwijzer nodig");
    }

    @Test
    void theProjectLeaderSeesAgreementsOnTimeAndOverduePerOrganisation() throws Exception {
        String page = body(login(mvc, "projectleider"), "/agreements");
        Integer overdueDeBrug = jdbc.queryForObject("select count(*) from feedback_agreement a join user_account u "
                + "on u.id = a.referrer_id join organisation o on o.id = u.organisation_id join client c on c.id = a.client_id "
                + "where o.name = 'Praktijkschool De Brug' and a.next_due < current_date "
                + "and c.phase in ('INTAKE','INTENSIVE','SCALING_DOWN','WAAKVLAM')", Integer.class);
        assertThat(overdueDeBrug).isPositive();
        assertThat(page).contains("Praktijkschool De Brug").contains("Sociale Dienst Drechtoever");
        String row = page.substring(page.indexOf("Praktijkschool De Brug"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ")).contains(" " + overdueDeBrug + " ");
        assertThat(statusOf(login(mvc, "coach1"), "/agreements")).isEqualTo(403);
    }

    @Test
    void whileTheCoachIsAwayTheirMessagesReachTheColleagueStandingIn() throws Exception {
        nl.waakvlam.security.UserSummary away = people.coach();
        nl.waakvlam.security.UserSummary standIn = people.coach();
        nl.waakvlam.security.UserSummary referrer = people.referrer();
        Long client = people.coachedClient(away, referrer, people.projectLeader());
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        mvc.perform(post("/coaches/absences").with(csrf()).session(login(mvc, "projectleider"))
                .param("coachId", away.id().toString()).param("startsOn", today.minusDays(1).toString())
                .param("endsOn", today.plusDays(5).toString()).param("reason", "SICK")
                .param("coverCoachId", standIn.id().toString())).andExpect(status().isFound());

        // the colleague who covers is told whom and until when, and so is the absent coach
        assertThat(jdbc.queryForObject("select detail from notification where user_id = ? and message_key = "
                + "'notification.absence.cover'", String.class, standIn.id())).contains(away.displayName())
                .contains("tot en met");
        assertThat(jdbc.queryForObject("select detail from notification where user_id = ? and message_key = "
                + "'notification.absence.registered'", String.class, away.id())).contains(standIn.displayName());

        mvc.perform(post("/clients/{id}/referrer-notes", client).with(csrf()).session(login(mvc, referrer.username()))
                .param("note", "Hij slaapt slecht.")).andExpect(status().isFound());

        for (nl.waakvlam.security.UserSummary coach : List.of(away, standIn)) {
            assertThat(jdbc.queryForObject("select count(*) from notification where user_id = ? and client_id = ? "
                    + "and type = 'REFERRER_NOTE'", Long.class, coach.id(), client)).as(coach.username()).isOne();
        }
        assertThat(body(login(mvc, standIn.username()), "/inbox"))
                .contains("De verwijzer heeft iets toegevoegd aan het dossier.");
    }
}
