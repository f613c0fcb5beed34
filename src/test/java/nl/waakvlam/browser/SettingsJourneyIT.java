package nl.waakvlam.browser;

import com.microsoft.playwright.Locator;
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

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator keeps a list on a phone: adds a decline reason, renames it in place, no longer
 * offers it; the page passes axe-core at phone and desktop width. Screenshots of both.
 */
@FullSuite
@BrowserTest
class SettingsJourneyIT {

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
    void theAdministratorAddsRenamesAndRetiresADeclineReasonOnAPhone() {
        String u = UUID.randomUUID().toString().substring(0, 6);
        Page page = Browser.login(browser.phone(), url(""), "beheerder");
        page.navigate(url("/admin/settings"));
        Browser.assertAccessible(page);

        page.locator("#decline-reasons-new-nl").fill("Geen plek " + u);
        page.locator("#decline-reasons-new-en").fill("No room " + u);
        page.locator("#decline-reasons-add").getByRole(AriaRole.BUTTON).click();
        page.getByText("Toegevoegd. Het staat onderaan de lijst.").waitFor();
        Long id = jdbc.queryForObject("select id from decline_reason where name_nl = ?", Long.class, "Geen plek " + u);
        try {
            Locator item = page.locator("#decline-reasons-" + id);
            item.locator("input[name=nameNl]").fill("Geen plaats " + u);
            item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Naam opslaan Geen plek " + u))
                    .click();
            page.getByText("De naam is gewijzigd.", new Page.GetByTextOptions().setExact(false)).waitFor();
            assertThat(page.locator("#decline-reasons-" + id + " input[name=nameNl]").inputValue())
                    .isEqualTo("Geen plaats " + u);

            page.locator("#decline-reasons-" + id).getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Niet meer aanbieden Geen plaats " + u)).click();
            page.getByText("Wordt niet meer aangeboden.", new Page.GetByTextOptions().setExact(false)).waitFor();
            // waits (up to Playwright's timeout) rather than asking once, so a slow render is no failure
            page.locator("#decline-reasons-" + id).getByText("Niet meer aangeboden").waitFor();
            Browser.assertAccessible(page);
            Browser.screenshot(page, "admin-settings-phone");

            Page desktop = Browser.login(browser.desktop(), url(""), "beheerder");
            desktop.navigate(url("/admin/settings"));
            Browser.assertAccessible(desktop);
            Browser.screenshot(desktop, "admin-settings-desktop");
        } finally {
            jdbc.update("update decline_reason set active = false where id = ?", id);
        }
        assertThat(jdbc.queryForObject("select active from decline_reason where id = ?", Boolean.class, id)).isFalse();
    }
}
