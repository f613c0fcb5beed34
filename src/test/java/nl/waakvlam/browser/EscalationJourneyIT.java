package nl.waakvlam.browser;

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

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone: a coach records a police signal matching a warning sign, scales up to a GGZ
 * organisation with a waiting list and bridging, records the return and scales down to waakvlam.
 */
@FullSuite
@BrowserTest
class EscalationJourneyIT {

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

    void chooseType(Page page, Long client, String label) {
        page.navigate(url("/clients/" + client + "/events/new"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(label)).first().click();
        page.waitForURL("**type=**");
    }

    void save(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
        page.waitForURL("**/clients/*");
    }

    @Test
    void signalScaleUpReturnAndScaleDownOnAPhone() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        String name = "Yara" + UUID.randomUUID().toString().substring(0, 4);
        Long client = jdbc.queryForObject("insert into client (first_name, last_name, date_of_birth, track_id, phase, "
                + "phase_since, started_on, referring_organisation_id, referrer_id, coach_id) select ?, 'Bakker', "
                + "date '2007-06-01', t.id, 'SCALING_DOWN', current_date - 40, current_date - 200, u.organisation_id, u.id, "
                + "(select id from user_account where username = 'coach1') from track t, user_account u "
                + "where t.code = 'YOUTH' and u.username = 'verwijzer1' returning id", Long.class, name);
        jdbc.update("insert into phase_change (client_id, from_phase, to_phase, changed_on, reason, recorded_at) values "
                + "(?, null, 'INTENSIVE', current_date - 200, 'import.history', now() - interval '200 days'), "
                + "(?, 'INTENSIVE', 'SCALING_DOWN', current_date - 40, 'import.history', now() - interval '40 days')",
                client, client);

        Page page = login(browser.phone(), "coach1");
        page.navigate(url("/clients/" + client));
        page.locator("#warning-plan summary").click();
        page.getByLabel("Teken, in de woorden van de cliënt").fill("Ik ga 's nachts de straat op");
        page.getByLabel("Wat we dan doen").fill("Coach belt de volgende ochtend");
        page.getByLabel("Wie doet dat").fill("coach");
        page.locator("#warning-plan button[type=submit]").last().click();
        page.waitForURL("**#warning-plan");

        chooseType(page, client, "Signaal");
        page.getByLabel("Bron van het signaal *").selectOption("POLICE");
        page.getByLabel("Past bij waarschuwingsteken uit het signaleringsplan").selectOption(
                new com.microsoft.playwright.options.SelectOption().setLabel("Ik ga 's nachts de straat op"));
        page.getByLabel("Wat is er gebeurd? *").fill("Wijkagent: 's nachts op straat aangetroffen, verward.");
        page.getByLabel("Terug naar intensieve begeleiding").check();
        Browser.assertAccessible(page);
        Browser.screenshot(page, "event-signal-phone");
        save(page);
        assertThat(page.locator(".alert-success").textContent()).contains("Intensief");

        chooseType(page, client, "Opschalen naar zwaardere zorg");
        page.getByLabel("Organisatie (sociale kaart) *").selectOption(
                new com.microsoft.playwright.options.SelectOption().setLabel("GGZ Drechtland"));
        page.getByLabel("Soort zorg").fill("Psychiatrische diagnostiek");
        page.getByLabel("Op de wachtlijst sinds").fill(today.minusDays(2).toString());
        page.getByLabel("Ik overbrug de wachttijd").check();
        page.locator("input[name=infoExchangeConsent][value=true]").check();
        page.getByLabel("Wat is er gebeurd? *").fill("Aangemeld bij de GGZ; wachtlijst van zes weken.");
        Browser.screenshot(page, "event-scale-up-phone");
        save(page);
        assertThat(page.locator(".wv-scaleup").textContent()).contains("GGZ Drechtland").contains("2 dagen wachten");

        chooseType(page, client, "Terug van zwaardere zorg");
        page.getByLabel("Wat is er gebeurd? *").fill("Diagnostiek afgerond, geen behandeling nodig.");
        save(page);
        assertThat(page.locator(".wv-scaleup").count()).isZero();

        chooseType(page, client, "Afschalen");
        page.getByLabel("Wat is er gebeurd? *").fill("Weer stabiel; minder contact.");
        save(page);
        chooseType(page, client, "Afschalen");
        page.getByLabel("Wat is er gebeurd? *").fill("Stabiel en tevreden; naar waakvlam.");
        save(page);
        assertThat(page.locator("header.wv-file-header").textContent()).contains("Waakvlam");
        assertThat(jdbc.queryForObject("select phase from client where id = ?", String.class, client))
                .isEqualTo("WAAKVLAM");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "escalation-timeline-phone");
        page.context().close();

        Page desktop = login(browser.desktop(), "coach1");
        desktop.navigate(url("/clients/" + client));
        Browser.assertAccessible(desktop);
        Browser.screenshot(desktop, "escalation-timeline-desktop");
        desktop.context().close();
    }
}
