package nl.waakvlam.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import nl.waakvlam.support.Browser;
import nl.waakvlam.support.BrowserTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A day on a 390×844 phone: the referrer adds context to a client's file, the coach sees the
 * client once on Vandaag (with both reasons), reaches the reports of the file in two taps, and
 * finds the referrer's note in the inbox under the client's name.
 */
@BrowserTest
class PhoneFileJourneyIT {

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

    @Test
    void fromVandaagToTheReportsInTwoTapsAndTheReferrersNoteInTheInbox() {
        String first = "Fenna" + UUID.randomUUID().toString().substring(0, 4);
        // coached for 60 days and never reached: the flame is going out; feedback to the referrer is overdue too
        Long client = jdbc.queryForObject("insert into client (first_name, last_name, date_of_birth, track_id, phase, "
                + "phase_since, started_on, referring_organisation_id, referrer_id, coach_id) select ?, 'Telefoon', "
                + "date '2001-04-04', t.id, 'INTENSIVE', current_date - 60, current_date - 60, u.organisation_id, u.id, "
                + "(select id from user_account where username = 'coach3') from track t, user_account u "
                + "where t.code = 'ADULTS' and u.username = 'verwijzer3' returning id", Long.class, first);
        jdbc.update("insert into feedback_agreement (client_id, referrer_id, frequency, channel, made_on, next_due, "
                + "updated_at) select ?, id, 'MONTHLY', 'PHONE', current_date - 40, current_date - 3, now() "
                + "from user_account where username = 'verwijzer3'", client);
        String fullName = first + " Telefoon";
        List<String> pages = new ArrayList<>();

        Page referrer = Browser.login(browser.phone(), url(""), "verwijzer3");
        referrer.navigate(url("/clients/" + client));
        referrer.locator("summary", new Page.LocatorOptions().setHasText("Wat ik deze week merkte")).click();
        referrer.getByLabel("Uw aanvulling voor de coach").fill("Hij slaapt slecht sinds de verhuizing.");
        referrer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen naar de coach")).click();
        referrer.waitForLoadState();
        assertThat(referrer.content()).contains("Uw aanvulling staat nu bij de coach.");
        pages.add(referrer.content());
        referrer.context().close();

        Page coach = Browser.login(browser.phone(), url(""), "coach3");
        coach.navigate(url("/caseload"));
        Locator today = coach.locator(".wv-attention > li");
        List<String> names = today.locator("> a").allTextContents();
        assertThat(names).as("Vandaag names each client once").doesNotHaveDuplicates().contains(fullName);
        Locator row = today.filter(new Locator.FilterOptions().setHasText(fullName));
        assertThat(row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Contact vastleggen")).count())
                .isEqualTo(1);
        assertThat(row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Terugkoppeling schrijven"))
                .count()).isEqualTo(1);
        pages.add(coach.content());
        Browser.screenshot(coach, "phone-vandaag");

        row.locator("> a").click();                                          // tap 1
        coach.waitForURL("**/clients/" + client);
        Browser.assertAccessible(coach);
        coach.locator(".wv-file-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Verslagen")).click();                                // tap 2
        Locator reports = coach.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Voortgangsverslagen"));
        coach.waitForCondition(() -> inView(reports.boundingBox()));
        assertThat(coach.locator("header.wv-file-header .wv-flame").textContent()).isEqualTo("Dreigt uit te gaan");
        pages.add(coach.content());
        Browser.screenshot(coach, "phone-file-reports");

        coach.navigate(url("/inbox"));
        Locator item = coach.locator("main li", new Page.LocatorOptions().setHasText(fullName));
        assertThat(item.count()).isGreaterThan(0);
        assertThat(item.first().textContent()).contains("De verwijzer heeft iets toegevoegd aan het dossier.");
        pages.add(coach.content());

        assertThat(pages).allSatisfy(html -> assertThat(html)
                .doesNotContain("1 dagen").doesNotContain("1 cliënten").doesNotContain("– dagen"));
    }

    /** The heading is on screen below the sticky navigation, not under it. */
    private static boolean inView(BoundingBox box) {
        return box != null && box.y >= 40 && box.y + box.height <= Browser.PHONE_HEIGHT;
    }
}
