package nl.waakvlam.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import nl.waakvlam.shared.DemoMode;
import nl.waakvlam.support.Browser;
import nl.waakvlam.support.BrowserTest;
import nl.waakvlam.support.FullSuite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A coach on a phone signs in and reaches the caseload; pages pass axe-core; screenshots. */
@FullSuite
@BrowserTest
class CoachJourneyIT {

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

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Test
    void aCoachOnAPhoneLogsInAndReachesTheCaseload() {
        Page page = browser.phone();
        page.navigate(url("/"));
        assertThat(page.url()).endsWith("/login");
        assertThat(page.locator("h1").textContent()).isEqualTo("Inloggen bij Waakvlam");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "login-phone");

        String sessionBefore = sessionCookie(page);
        page.getByLabel("Gebruikersnaam").fill("coach1");
        page.getByLabel("Wachtwoord").fill(DemoMode.PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Inloggen")).click();

        page.waitForURL("**/caseload");
        assertThat(sessionBefore).as("a session existed before login").isNotNull();
        assertThat(sessionCookie(page)).as("session id changes at login").isNotNull().isNotEqualTo(sessionBefore);
        assertThat(page.locator("h1").textContent()).isEqualTo("Mijn cliënten");
        assertThat(page.locator(".wv-clients li").count()).isPositive();
        assertThat(page.locator("header").textContent()).contains("Sanne Verhoeven").contains("Lifecoach");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "caseload-phone");

        page.navigate(url("/caseload?lang=en"));
        assertThat(page.locator("h1").textContent()).isEqualTo("My clients");
        Browser.screenshot(page, "caseload-phone-en");
        page.navigate(url("/caseload?lang=nl"));

        Response forbidden = page.navigate(url("/dashboard"));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(page.locator("h1").textContent()).isEqualTo("Geen toegang");
        assertThat(page.content()).doesNotContain("Exception").doesNotContain("stackTrace");
        Browser.screenshot(page, "error-403-phone");

        page.navigate(url("/caseload"));
        Browser.signOut(page);
        assertThat(page.locator(".alert-success").textContent()).contains("uitgelogd");
    }

    static String sessionCookie(Page page) {
        return page.context().cookies().stream().filter(c -> c.name.equals("SESSION"))
                .map(c -> c.value).findFirst().orElse(null);
    }

    @Test
    void everyRoleHomeRendersOnADesktop() {
        String[][] homes = {{"verwijzer1", "/referrals", "referrals"}, {"projectleider", "/dashboard", "dashboard"},
                {"beheerder", "/admin/users", "admin-users"}, {"coach2", "/caseload", "caseload"}};
        for (String[] home : homes) {
            Page page = browser.desktop();
            page.navigate(url("/login"));
            page.getByLabel("Gebruikersnaam").fill(home[0]);
            page.getByLabel("Wachtwoord").fill(DemoMode.PASSWORD);
            page.locator("form button[type=submit]").last().click();
            page.waitForURL("**" + home[1]);
            Browser.assertAccessible(page);
            Browser.screenshot(page, home[2] + "-desktop");
            if (home[0].equals("beheerder")) {
                page.navigate(url("/admin/audit"));
                Browser.assertAccessible(page);
                Browser.screenshot(page, "admin-audit-desktop");
            }
            if (home[0].equals("projectleider")) {
                page.navigate(url("/agreements"));
                Browser.assertAccessible(page);
                page.navigate(url("/clients?phase=ACTIVE"));
                Browser.assertAccessible(page);
                page.navigate(url("/inbox"));
                Browser.assertAccessible(page);
            }
            page.context().close();
        }
    }
}
