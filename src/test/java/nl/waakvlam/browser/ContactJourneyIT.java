package nl.waakvlam.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.waakvlam.support.Browser;
import nl.waakvlam.support.BrowserTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 30-second promise, counted: from the caseload on a phone, a reached phone contact with one
 * life domain and a note in at most 6 interactions, "no answer" in at most 2. Screenshots of
 * caseload, quick log and timeline at phone and desktop width.
 */
@BrowserTest
class ContactJourneyIT {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    int interactions;

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

    void tap(Locator locator) {
        interactions++;
        locator.click();
    }

    void type(Locator locator, String text) {
        interactions++;
        locator.fill(text);
    }

    Page login(Page page, String username) {
        return Browser.login(page, url(""), username);
    }

    @Test
    void aCoachLogsAContactInSixTapsAndAnAttemptInOne() {
        Long clientId = jdbc.queryForObject("select min(c.id) from client c join user_account u on u.id = c.coach_id "
                + "where u.username = 'coach2' and c.phase = 'WAAKVLAM'", Long.class);
        String name = jdbc.queryForObject("select first_name || ' ' || last_name from client where id = ?",
                String.class, clientId);
        String note = "Kort gebeld, gaat goed met werk " + UUID.randomUUID().toString().substring(0, 5);

        Page page = login(browser.phone(), "coach2");
        page.navigate(url("/caseload"));
        Browser.assertAccessible(page);
        Browser.screenshot(page, "caseload-phone");
        Locator row = page.locator(".wv-clients > li").filter(new Locator.FilterOptions().setHasText(name));

        interactions = 0;
        tap(row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Contact vastleggen")));
        page.waitForURL("**/contacts/new**");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "quick-log-phone");
        // on the first screen of the form, "Opslaan" is already in reach at the bottom
        Browser.screenshotScreen(page, "quick-log-save-bar-phone");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).boundingBox().y)
                .as("the save button within the first screen").isLessThan(Browser.PHONE_HEIGHT);
        tap(page.locator("label", new Page.LocatorOptions().setHasText("Telefoon")).first());
        tap(page.locator("label.btn", new Page.LocatorOptions().setHasText("Werk")).first());
        type(page.getByLabel("Werkaantekening"), note);
        tap(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")));
        page.waitForURL("**/caseload");
        assertThat(page.locator(".alert-success").textContent()).contains("vastgelegd");
        assertThat(interactions).as("interactions for a reached contact").isLessThanOrEqualTo(6);
        int reachedInteractions = interactions;

        interactions = 0;
        Locator rowAgain = page.locator(".wv-clients > li").filter(new Locator.FilterOptions().setHasText(name));
        tap(rowAgain.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Geen gehoor: " + name)));
        page.waitForURL(u -> u.contains("/caseload") && u.contains("#client-"));
        assertThat(page.locator(".alert-success").textContent()).contains("Geen gehoor bij " + name);
        assertThat(interactions).as("interactions for no answer").isLessThanOrEqualTo(2);

        assertThat(jdbc.queryForObject("select count(*) from contact_moment where client_id = ? and private_note = ? "
                + "and type = 'PHONE' and outcome = 'REACHED' and cardinality(life_domain_ids) = 1", Integer.class,
                clientId, note)).isEqualTo(1);
        System.out.printf("interactions: reached contact %d, no answer %d%n", reachedInteractions, interactions);

        page.navigate(url("/clients/" + clientId));
        assertThat(page.locator(".wv-timeline").textContent()).contains(note).contains("Geen gehoor");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "timeline-phone");
        page.navigate(url("/caseload/week"));
        Browser.assertAccessible(page);
        Browser.screenshot(page, "week-phone");
        page.context().close();

        Page desktop = login(browser.desktop(), "coach2");
        desktop.navigate(url("/caseload"));
        Browser.screenshot(desktop, "caseload-desktop");
        desktop.navigate(url("/clients/" + clientId + "/contacts/new"));
        desktop.locator("details.wv-more summary").click();
        Browser.assertAccessible(desktop);
        Browser.screenshot(desktop, "quick-log-desktop");
        desktop.navigate(url("/clients/" + clientId));
        Browser.screenshot(desktop, "timeline-desktop");
        desktop.context().close();
    }
}
