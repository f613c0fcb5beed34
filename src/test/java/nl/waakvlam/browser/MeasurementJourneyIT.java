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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coach records a measurement moment on a phone and sees the history drawn as a chart; the
 * project leader's dashboard draws its charts (Chart.js, from each table) and passes axe-core at
 * desktop and phone width. Screenshots of both.
 */
@FullSuite
@BrowserTest
class MeasurementJourneyIT {

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
    void aCoachRecordsAMeasurementAndSeesTheHistoryAsAChart() {
        // a demo client with measurements in earlier rounds, so the chart has a history
        Long clientId = jdbc.queryForObject("select min(c.id) from client c join user_account u on u.id = c.coach_id "
                + "where u.username = 'coach2' and c.phase in ('WAAKVLAM', 'SCALING_DOWN') and (select count(*) "
                + "from measurement m where m.client_id = c.id and m.instrument_id = (select id from instrument "
                + "where code = 'SCALE')) >= 2", Long.class);
        long before = jdbc.queryForObject("select count(*) from measurement where client_id = ?", Long.class, clientId);

        Page page = Browser.login(browser.phone(), url(""), "coach2");
        page.navigate(url("/clients/" + clientId + "/measurements/new"));
        Browser.assertAccessible(page);
        page.locator("label[for$='-7']").first().click();
        page.getByText("Betaald werk met ondersteuning").click();
        page.getByLabel("Toelichting (optioneel)").fill("Werkt nu drie dagen per week bij het groenbedrijf.");
        Browser.screenshot(page, "measurement-form-phone");
        Page formDesktop = Browser.login(browser.desktop(), url(""), "coach2");
        formDesktop.navigate(url("/clients/" + clientId + "/measurements/new"));
        Browser.screenshot(formDesktop, "measurement-form-desktop");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meting opslaan")).click();

        page.getByText("Meting opgeslagen.").waitFor();
        assertThat(jdbc.queryForObject("select count(*) from measurement where client_id = ?", Long.class, clientId))
                .isEqualTo(before + 2);
        page.locator("#measurements canvas").waitFor();
        page.locator("#measurements").scrollIntoViewIfNeeded();
        Browser.assertAccessible(page);
        page.locator("#measurements").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(Browser.SCREENSHOTS.resolve("measurement-history-phone.png")));

        Page desktop = Browser.login(browser.desktop(), url(""), "coach2");
        desktop.navigate(url("/clients/" + clientId));
        desktop.locator("#measurements canvas").waitFor();
        desktop.locator("#measurements").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(Browser.SCREENSHOTS.resolve("measurement-history-desktop.png")));
    }

    @Test
    void theDashboardDrawsItsChartsAndIsAccessible() {
        for (Page page : new Page[]{browser.desktop(), browser.phone()}) {
            Browser.login(page, url(""), "projectleider");
            page.navigate(url("/dashboard?from=" + LocalDate.now().minusMonths(12)));
            page.locator("#measurements-table").waitFor();
            // phases, contacts, events per month, measurements, ladder and ZRM: one canvas per chart
            page.waitForFunction("document.querySelectorAll('.wv-jschart canvas').length >= 6");
            assertThat(page.locator(".wv-jschart canvas").count()).isGreaterThanOrEqualTo(6);
            Browser.assertAccessible(page);
            Browser.screenshot(page, page.viewportSize().width < 500 ? "dashboard-phone" : "dashboard-desktop");
        }
        for (Page rounds : new Page[]{browser.desktop(), browser.phone()}) {
            Browser.login(rounds, url(""), "projectleider");
            rounds.navigate(url("/dashboard/rounds"));
            Browser.assertAccessible(rounds);
            Browser.screenshot(rounds, rounds.viewportSize().width < 500 ? "rounds-phone" : "rounds-desktop");
        }
        for (Page admin : new Page[]{browser.desktop(), browser.phone()}) {
            Browser.login(admin, url(""), "beheerder");
            admin.navigate(url("/admin/instruments"));
            Browser.assertAccessible(admin);
            Browser.screenshot(admin, admin.viewportSize().width < 500 ? "instruments-phone" : "instruments-desktop");
        }
    }
}
