package nl.waakvlam.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.waakvlam.support.Browser;
import nl.waakvlam.support.BrowserTest;
import nl.waakvlam.support.FullSuite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new programme from an empty installation: the login page points to {@code /setup}, the first
 * administrator is created with the code from the log, and the first steps appear and tick
 * themselves off as the programme gets its name and its first coach.
 */
@FullSuite
@BrowserTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {"waakvlam.test.database=first_start_journey", "waakvlam.test.programme=false"})
class SetupJourneyIT {

    static final Pattern TOKEN = Pattern.compile("one-time set-up token: (\\S+)");
    static final String PASSWORD = "een lange zin voor de eerste beheerder";

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
    void fromAnEmptyInstallationToTheFirstStepsTickingThemselvesOff(CapturedOutput output) {
        Matcher token = TOKEN.matcher(output.getAll());
        assertThat(token.find()).as("the set-up token in the log").isTrue();

        Page page = browser.phone();
        page.navigate(url("/login"));
        assertThat(page.locator("#new-installation").innerText()).contains("Nieuwe installatie?");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "login-new-installation-phone");
        page.locator("#new-installation a").click();
        page.waitForURL("**/setup");
        page.getByLabel("Eenmalige code uit het logboek").fill(token.group(1));
        assertThat(page.locator("#token").getAttribute("type")).isEqualTo("text");
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Eerste Beheerder");
        page.getByLabel("Gebruikersnaam", new Page.GetByLabelOptions().setExact(true)).fill("beheer");
        page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.getByLabel("Nog een keer hetzelfde wachtwoord").fill(PASSWORD);
        page.locator("form button[type=submit]").click();
        page.waitForURL("**/login");
        assertThat(page.locator("#new-installation").count()).isZero();
        page.getByLabel("Gebruikersnaam").fill("beheer");
        page.getByLabel("Wachtwoord").fill(PASSWORD);
        page.locator("form button[type=submit]").last().click();
        page.waitForURL("**/admin/users");

        Page desk = page.context().newPage();
        desk.setViewportSize(1280, 900);
        desk.navigate(url("/admin/users"));
        assertThat(step(desk, "name")).isEqualTo("false");
        assertThat(step(desk, "coaches")).isEqualTo("false");
        Browser.assertAccessible(desk);
        Browser.screenshot(desk, "first-steps-desktop");

        desk.locator("#first-steps a[href='/admin/settings']").first().click();
        desk.getByLabel("Naam van het programma (bovenaan de PDF-verslagen) *").fill("Waakvlam Zwijndrecht");
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Programma opslaan")).click();
        desk.navigate(url("/admin/users"));
        assertThat(step(desk, "name")).isEqualTo("true");

        desk.navigate(url("/admin/users/new"));
        desk.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Sanne Verhoeven");
        desk.getByLabel("Gebruikersnaam", new Page.GetByLabelOptions().setExact(true)).fill("sanne");
        desk.getByLabel("E-mailadres").fill("sanne@example.org");
        desk.getByLabel("Rol", new Page.GetByLabelOptions().setExact(true)).selectOption("COACH");
        desk.getByLabel("Gender (voor de matching)").selectOption("FEMALE");
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account aanmaken en uitnodigen")).click();
        desk.waitForURL("**/admin/users/*");
        desk.navigate(url("/admin/users"));
        assertThat(step(desk, "coaches")).isEqualTo("true");
        assertThat(desk.locator("#first-steps-heading").innerText()).contains("van 7 gedaan");
        Browser.screenshot(desk, "first-steps-ticked-desktop");
    }

    /** Whether a step of the list is done, as the page marks it. */
    static String step(Page page, String key) {
        return page.locator("#first-steps li[data-step='" + key + "']").getAttribute("data-done");
    }
}
