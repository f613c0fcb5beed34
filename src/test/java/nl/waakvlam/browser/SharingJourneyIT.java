package nl.waakvlam.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.waakvlam.support.Browser;
import nl.waakvlam.support.BrowserTest;
import nl.waakvlam.support.FullSuite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coach makes a feedback agreement and records consent, writes and releases a report; the
 * referrer sees the inbox item on a phone, opens the report and downloads the PDF.
 */
@FullSuite
@BrowserTest
class SharingJourneyIT {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    Page login(Page page, String username) {
        return Browser.login(page, url(""), username);
    }

    @Test
    void agreementConsentReportInboxAndPdf() throws Exception {
        String name = "Lina" + UUID.randomUUID().toString().substring(0, 4);
        Long client = jdbc.queryForObject("insert into client (first_name, last_name, date_of_birth, track_id, phase, "
                + "phase_since, started_on, referring_organisation_id, referrer_id, coach_id) select ?, 'Vos', "
                + "date '1990-09-09', t.id, 'INTENSIVE', current_date - 60, current_date - 60, u.organisation_id, u.id, "
                + "(select id from user_account where username = 'coach4') from track t, user_account u "
                + "where t.code = 'ADULTS' and u.username = 'verwijzer4' returning id", Long.class, name);

        Page coach = login(browser.desktop(), "coach4");
        coach.navigate(url("/clients/" + client));
        coach.locator("#sharing summary").first().click();
        coach.getByLabel("Hoe vaak").selectOption("MONTHLY");
        coach.getByLabel("Waarover").fill("Werk en geld");
        coach.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afspraak opslaan")).click();
        coach.waitForURL("**#sharing");
        coach.locator("#sharing summary", new Page.LocatorOptions().setHasText("Toestemming vastleggen")).click();
        coach.getByLabel("voortgangsverslagen").check();
        coach.getByLabel("belangrijke gebeurtenissen").check();
        coach.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toestemming opslaan")).click();
        coach.waitForURL("**#sharing");
        assertThat(coach.locator("#sharing").textContent()).contains("Elke maand").contains("voortgangsverslagen");
        coach.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nieuw voortgangsverslag")).click();
        coach.waitForURL("**/reports/*");
        Browser.assertAccessible(coach);
        coach.getByLabel("Tekst").fill("Hoe het gaat\nLina heeft een nieuwe baan bij de bakker en gaat er elke dag op tijd heen.");
        // the B1 hints follow the text as it is typed, without saving
        coach.getByLabel("Tekst").pressSequentially(" Daarna hebben we het ook nog over een ontwikkelingsperspectief gehad.");
        coach.waitForSelector("#body-hints:has-text('ontwikkelingsperspectief')");
        coach.getByLabel("Besproken met de cliënt op").fill(LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString());
        Browser.screenshot(coach, "report-edit-desktop");
        coach.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vrijgeven")).click();
        coach.waitForSelector("text=Het verslag is vrijgegeven.");
        coach.context().close();

        Page referrer = login(browser.phone(), "verwijzer4");
        assertThat(referrer.locator("header").textContent()).contains("Berichten");
        referrer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Berichten")).first().click();
        referrer.waitForURL("**/inbox");
        Browser.assertAccessible(referrer);
        Browser.screenshot(referrer, "referrer-inbox-phone");
        referrer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                "Er is een nieuw voortgangsverslag voor u vrijgegeven.")).first().click();
        referrer.waitForURL("**/reports/*");
        assertThat(referrer.locator("main").textContent()).contains("nieuwe baan bij de bakker");
        Browser.assertAccessible(referrer);
        Browser.screenshot(referrer, "referrer-report-phone");
        Download download = referrer.waitForDownload(() -> referrer.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download als PDF")).click());
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        referrer.navigate(url("/clients/" + client));
        Browser.assertAccessible(referrer);
        Browser.screenshot(referrer, "referrer-view-phone");
        referrer.context().close();

        Page desktop = login(browser.desktop(), "verwijzer4");
        desktop.navigate(url("/clients/" + client));
        Browser.screenshot(desktop, "referrer-view-desktop");
        desktop.context().close();
    }
}
