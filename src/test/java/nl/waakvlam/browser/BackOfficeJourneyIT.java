package nl.waakvlam.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import nl.waakvlam.security.AccountService;
import nl.waakvlam.security.UserSummary;
import nl.waakvlam.support.Browser;
import nl.waakvlam.support.BrowserTest;
import nl.waakvlam.support.FullSuite;
import nl.waakvlam.support.TestPeople;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A parent calls the programme while the coach is out: the back office finds the client, takes the
 * call-back request at a desk, the coach finds it on a phone, calls back and marks it done, and the
 * back office sees that it was. Screenshots for the guides at both widths.
 */
@FullSuite
@BrowserTest
class BackOfficeJourneyIT {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestPeople people;

    @Autowired
    AccountService accounts;

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
    void aCallIsTakenForTheCoachWhoCallsBackAndMarksItDone() {
        UserSummary coach = accounts.findByUsername("coach1").orElseThrow();
        Long client = people.coachedClient(coach, people.referrer(), people.projectLeader());
        String lastName = jdbc.queryForObject("select last_name from client where id = ?", String.class, client);

        Page desk = Browser.login(browser.desktop(), url(""), "secretariaat");
        desk.getByLabel("Zoek op naam").fill(lastName);
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
        assertThat(desk.locator("main").innerText()).contains(lastName).contains("Sanne Verhoeven");
        Browser.assertAccessible(desk);
        Browser.screenshot(desk, "backoffice-desktop");
        desk.locator("a[href='/backoffice/callbacks/new?client=" + client + "']").click();
        desk.getByLabel("Wie belde").fill("Ria (moeder)");
        desk.getByLabel("Terugbellen op").fill("06 1234 5678");
        desk.getByLabel("Wie is dat").selectOption(new SelectOption().setLabel("Familie of netwerk"));
        desk.getByLabel("Waarover").fill("Brief van de woningcorporatie; wil vandaag teruggebeld worden.");
        desk.getByLabel("Hoe snel terugbellen").selectOption(new SelectOption().setLabel("Vandaag"));
        Browser.assertAccessible(desk);
        Browser.screenshot(desk, "callback-new-desktop");
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verzoek naar de coach sturen")).click();
        assertThat(desk.locator("main").innerText()).contains("Het terugbelverzoek staat bij de coach.");
        Long request = jdbc.queryForObject("select max(id) from callback_request where client_id = ?", Long.class,
                client);

        Page phone = Browser.login(browser.phone(), url(""), "coach1");
        Long item = jdbc.queryForObject("select id from notification where user_id = ? and link = ?", Long.class,
                coach.id(), "/callbacks/" + request);
        phone.navigate(url("/inbox"));
        phone.locator("a[href='/inbox/" + item + "']").click();
        phone.waitForURL("**/callbacks/" + request);
        assertThat(phone.locator("main").innerText()).contains("Ria (moeder)").contains("06 1234 5678")
                .contains("woningcorporatie");
        Browser.assertAccessible(phone);
        Browser.screenshot(phone, "callback-phone");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ik heb teruggebeld")).click();
        assertThat(phone.locator("main").innerText()).contains("Afgevinkt");
        assertThat(jdbc.queryForObject("select done_at is not null from callback_request where id = ?", Boolean.class,
                request)).isTrue();

        desk.navigate(url("/backoffice/callbacks"));
        Browser.assertAccessible(desk);
        Browser.screenshot(desk, "callbacks-desktop");
    }
}
