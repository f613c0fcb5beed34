package nl.waakvlam.imports;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import nl.waakvlam.imports.ExampleWorkbook.ExampleClient;
import nl.waakvlam.imports.ExampleWorkbook.ExampleContact;
import nl.waakvlam.support.Browser;
import nl.waakvlam.support.BrowserTest;
import nl.waakvlam.support.FullSuite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project leader reads the example registration in, with two rows spoiled, on a desktop and on
 * a 390×844 phone: upload, the mapping filled in from the column names, and the dry run that lists
 * the two rows with their reasons and offers no import. Nothing is committed.
 */
@FullSuite
@BrowserTest
class ImportJourneyIT {

    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void theDryRunShowsWhatWouldBeCreatedAndTheRowsWithAProblemOnDesktopAndPhone() {
        byte[] workbook = exampleWithTwoSpoiledRows();
        for (boolean phone : List.of(false, true)) {
            Page page = Browser.login(phone ? browser.phone() : browser.desktop(), url(""), "projectleider");
            Browser.openMenuItem(page, "Importeren");
            assertThat(page.url()).endsWith("/import");
            Browser.assertAccessible(page);
            page.locator("#file").setInputFiles(new FilePayload("clientvolgsysteem.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bestand inlezen")).click();
            page.waitForURL(u -> u.endsWith("/mapping"));
            assertThat(page.locator("#col-COACH option[selected]").textContent())
                    .startsWith("Lifecoach (gebruikersnaam)");
            Browser.assertAccessible(page);
            Browser.screenshot(page, "import-mapping-" + (phone ? "phone" : "desktop"));

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Proefimport bekijken")).click();
            page.waitForURL(u -> u.endsWith("/check"));
            String text = page.locator("main").innerText();
            assertThat(text).contains("2 rijen hebben een probleem", "rij 3", "coach7", "rij 6", "31-02-2026",
                    "Mehmet Yıldız: 2 cliënten");
            assertThat(page.locator("button", new Page.LocatorOptions().setHasText("Alles importeren")).count())
                    .isZero();
            Browser.assertAccessible(page);
            Browser.screenshot(page, "import-dry-run-" + (phone ? "phone" : "desktop"));
            page.context().close();
        }
    }

    private static byte[] exampleWithTwoSpoiledRows() {
        List<List<Object>> clients = new ArrayList<>();
        for (ExampleClient c : ExampleWorkbook.CLIENTS) {
            clients.add(new ArrayList<>(List.of(c.number(), c.name(), c.born(), c.track(), c.phase(), c.referred(),
                    c.started(), c.phaseSince(), c.coach(), c.referrer())));
        }
        clients.get(1).set(8, "coach7");
        clients.get(4).set(2, "31-02-2026");
        List<List<Object>> contacts = new ArrayList<>();
        for (ExampleContact c : ExampleWorkbook.CONTACTS) {
            contacts.add(new ArrayList<>(List.of(c.client(), c.at(), c.kind(), c.outcome(),
                    c.minutes() == null ? "" : c.minutes(), c.domains(), c.note())));
        }
        return ImportFiles.workbook(clients, contacts);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
