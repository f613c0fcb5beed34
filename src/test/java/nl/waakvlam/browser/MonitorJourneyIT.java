package nl.waakvlam.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.waakvlam.client.ClientAccounts;
import nl.waakvlam.evaluation.Questionnaires;
import nl.waakvlam.measurement.InstrumentCatalogue;
import nl.waakvlam.security.AccountService;
import nl.waakvlam.security.UserSummary;
import nl.waakvlam.support.Browser;
import nl.waakvlam.support.BrowserTest;
import nl.waakvlam.support.FullSuite;
import nl.waakvlam.support.TestPeople;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A monitoring round in a browser: the coach fills in a client's questionnaire with the client on a
 * phone in a handful of taps, the referrer answers theirs from the inbox item, the client answers on
 * Mijn Waakvlam, and the project leader and the steering group read the report by theme (with the
 * first PDF page as an image for the guide).
 */
@FullSuite
@BrowserTest
class MonitorJourneyIT {

    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestPeople people;
    @Autowired
    AccountService accounts;
    @Autowired
    InstrumentCatalogue catalogue;
    @Autowired
    Questionnaires questionnaires;
    @Autowired
    ClientAccounts clientAccounts;

    Long round;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @AfterEach
    void closeTheRound() {
        if (round != null) {
            jdbc.update("update monitoring_round set opens_on = current_date - 40, closes_on = current_date - 30 "
                    + "where id = ?", round);
            catalogue.refresh();
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Test
    void aRoundIsAnsweredOnPhonesAndReadByTheme() throws Exception {
        UserSummary coach = accounts.findByUsername("coach1").orElseThrow();
        UserSummary referrer = people.referrer();
        UserSummary leader = people.projectLeader();
        Long client = people.coachedClient(coach, referrer, leader);
        Long ownClient = people.coachedClient(coach, referrer, leader);
        String roundName = "Journey " + UUID.randomUUID().toString().substring(0, 5);
        round = jdbc.queryForObject("insert into monitoring_round (name, opens_on, closes_on, created_by, created_at) "
                + "values (?, current_date - 1, current_date + 20, ?, now()) returning id", Long.class, roundName,
                leader.id());
        for (String audience : new String[]{"CLIENT", "REFERRER", "COACH"}) {
            jdbc.update("insert into round_questionnaire (round_id, audience) values (?, ?)", round, audience);
        }
        catalogue.refresh();
        questionnaires.invite(LocalDate.now());

        // the coach, with the client beside them: from the today list, a tap per answer
        Page phone = Browser.login(browser.phone(), url(""), "coach1");
        // the whole today list, as the coach scrolls it
        phone.navigate(url("/caseload?today=all"));
        long started = System.nanoTime();
        int taps = 0;
        phone.locator("a[href='/clients/" + client + "/vragenlijst/" + round + "']").first().click();
        taps++;
        phone.waitForURL("**/vragenlijst/" + round);
        Browser.assertAccessible(phone);
        Browser.screenshotScreen(phone, "questionnaire-client-phone");
        taps += tap(phone, "Welk cijfer geef je je lifecoach?", "8");
        taps += tap(phone, "Welk cijfer geef je je eigen leven nu?", "7");
        taps += tap(phone, "Heeft de lifecoach je geholpen?", "Ja, veel");
        taps += tap(phone, "Zou je een lifecoach aanraden aan een vriend?", "Ja");
        taps += tap(phone, "Voel je je meer gehoord sinds je een lifecoach hebt?", "Een beetje");
        taps += tap(phone, "Zou je de lifecoach missen als die er niet meer is?", "Ja");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen")).click();
        taps++;
        phone.waitForURL("**/clients/" + client);
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertThat(taps).as("taps to fill in the client's questionnaire").isLessThanOrEqualTo(8);
        assertThat(seconds).as("seconds of tapping").isLessThan(120);
        assertThat(phone.locator("main").innerText()).contains("De vragenlijst van de cliënt is opgeslagen.");
        assertThat(jdbc.queryForObject("select count(*) from questionnaire_answer a join questionnaire_response r "
                + "on r.id = a.response_id where r.round_id = ? and r.client_id = ?", Long.class, round, client))
                .isEqualTo(6);

        // the referrer, from the inbox item
        Page desk = Browser.login(browser.desktop(), url(""), referrer.username());
        Long item = jdbc.queryForObject("select id from notification where user_id = ? and type = 'QUESTIONNAIRE_OPEN' "
                + "and link = ?", Long.class, referrer.id(), "/vragenlijst/" + round);
        desk.navigate(url("/inbox"));
        desk.locator("a[href='/inbox/" + item + "']").click();
        desk.waitForURL("**/vragenlijst/" + round);
        tap(desk, "Welk cijfer geeft u de samenwerking met de lifecoaches?", "9");
        tap(desk, "Welk cijfer geeft u het verwijzen van een cliënt?", "8");
        desk.getByLabel("Heeft u voorbeelden van problemen die door de lifecoach niet groter werden?")
                .fill("Een leerling bleef op school: de coach ging mee naar het gesprek.");
        Browser.assertAccessible(desk);
        Browser.screenshot(desk, "questionnaire-referrer-desktop");
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen")).click();
        assertThat(desk.locator("main").innerText()).contains("Dank u wel");
        assertThat(jdbc.queryForObject("select count(*) from questionnaire_response where round_id = ? "
                + "and respondent_id = ?", Long.class, round, referrer.id())).isEqualTo(1);

        // a client with an account of their own answers on Mijn Waakvlam
        String username = "eigen-" + UUID.randomUUID().toString().substring(0, 5);
        clientAccounts.importAccount(ownClient, username, "drie woorden zijn genoeg", coach.id());
        Page mine = browser.phone();
        mine.navigate(url("/login"));
        mine.getByLabel("Gebruikersnaam").fill(username);
        mine.getByLabel("Wachtwoord").fill("drie woorden zijn genoeg");
        mine.locator("form button[type=submit]").last().click();
        mine.waitForURL("**/mijn");
        mine.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vragen beantwoorden")).click();
        Browser.assertAccessible(mine);
        Browser.screenshotScreen(mine, "mijn-questionnaire-phone");
        tap(mine, "Welk cijfer geef je je lifecoach?", "9");
        mine.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Klaar, versturen")).click();
        mine.waitForURL("**/mijn");
        assertThat(mine.locator("main").innerText()).contains("Dank je wel");

        // the project leader reads the report by theme, on a desktop and a phone, and its PDF
        Page leaderDesk = Browser.login(browser.desktop(), url(""), "projectleider");
        leaderDesk.navigate(url("/dashboard/monitor?round=" + round));
        assertThat(leaderDesk.locator("main").innerText()).contains("Verbinding en samenwerking")
                .contains("Vergroten van zelfredzaamheid").contains("Preventie").contains("Signalering")
                .contains("Tijdsbesteding").contains(roundName);
        Browser.assertAccessible(leaderDesk);
        leaderDesk.navigate(url("/dashboard/monitor"));
        Browser.screenshotScreen(leaderDesk, "monitor-desktop");
        Page leaderPhone = Browser.login(browser.phone(), url(""), "projectleider");
        leaderPhone.navigate(url("/dashboard/monitor"));
        Browser.assertAccessible(leaderPhone);
        Browser.screenshotScreen(leaderPhone, "monitor-phone");
        byte[] pdf = leaderDesk.request().get(url("/dashboard/monitor.pdf")).body();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage first = new PDFRenderer(document).renderImageWithDPI(0, 80);
            Files.createDirectories(Browser.SCREENSHOTS);
            ImageIO.write(first, "png", Browser.SCREENSHOTS.resolve("monitor-pdf-page1.png").toFile());
        }

        // the steering group: the report without the project leader's links
        Page steering = Browser.login(browser.desktop(), url(""), "stuurgroep");
        steering.waitForURL("**/dashboard/monitor");
        assertThat(steering.locator("main").innerText()).contains("Monitorrapportage")
                .doesNotContain("Voorkomen kosten beoordelen");
        Browser.assertAccessible(steering);
        Browser.screenshotScreen(steering, "monitor-steering-desktop");
    }

    /** Taps the answer {@code label} of the question {@code question}; one tap. */
    private static int tap(Page page, String question, String label) {
        Locator fieldset = page.locator("fieldset").filter(new Locator.FilterOptions().setHasText(question));
        fieldset.locator("label").filter(new Locator.FilterOptions().setHasText(
                // escaped by hand: Playwright hands the pattern to the browser's JavaScript, which knows no quoting
                java.util.regex.Pattern.compile("^" + label.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0") + "$")))
                .click();
        return 1;
    }
}
