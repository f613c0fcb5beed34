package nl.waakvlam.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.waakvlam.security.SecondFactorCodes;
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
import org.springframework.test.context.TestPropertySource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A project leader, for whom a second factor is required, is led to enrol at the first sign-in
 * (the test computes the app's code from the secret shown for manual entry), signs out, signs in
 * with password and code; a wrong code is refused; a recovery code works once.
 */
@FullSuite
@BrowserTest
@TestPropertySource(properties = {"waakvlam.mfa.enforced=true", "waakvlam.mfa.coaches-and-referrers=false"})
class SecondFactorJourneyIT {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    TestPeople people;

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

    void signOut(Page page) {
        Browser.signOut(page);
    }

    void passwordStep(Page page, String username) {
        page.navigate(url("/login"));
        page.getByLabel("Gebruikersnaam").fill(username);
        page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill(nl.waakvlam.shared.DemoMode.PASSWORD);
        page.locator("main button[type=submit]").click();
    }

    void code(Page page, String code) {
        page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill(code);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
    }

    @Test
    void enrolSignOutSignInWithACodeAndUseARecoveryCodeOnce() {
        UserSummary leader = people.projectLeader();
        Page page = browser.phone();
        passwordStep(page, leader.username());
        page.waitForURL("**/account/mfa");
        assertThat(page.content()).contains("Voor uw rol is een tweede factor verplicht.");
        assertThat(page.locator(".wv-qr svg").count()).isEqualTo(1);
        Browser.assertAccessible(page);
        Browser.screenshot(page, "second-factor-enrol-phone");
        // on a phone the key is in sight and a link opens the authenticator app
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Openen in de authenticator-app"))
                .getAttribute("href")).startsWith("otpauth://totp/");
        String secret = page.locator("#totp-secret").textContent().replace(" ", "").strip();
        page.getByLabel("Typ de code van 6 cijfers die de app nu laat zien").fill(SecondFactorCodes.at(secret, Instant.now()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tweede factor opslaan")).click();
        assertThat(page.content()).contains("Uw tweede factor is ingesteld.");
        List<String> recovery = page.locator(".wv-recovery-codes code").allTextContents();
        assertThat(recovery).hasSize(10);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verder")).click();
        page.waitForURL("**/dashboard");
        signOut(page);

        passwordStep(page, leader.username());
        page.waitForURL("**/mfa**");
        Browser.screenshot(page, "second-factor-code-phone");
        code(page, "000000");
        assertThat(page.content()).contains("Deze code klopt niet.");
        // a code of the next 30 seconds is accepted too (clock drift), and not one used already
        code(page, SecondFactorCodes.at(secret, Instant.now().plusSeconds(30)));
        page.waitForURL("**/dashboard");
        signOut(page);

        passwordStep(page, leader.username());
        page.waitForURL("**/mfa**");
        code(page, recovery.get(3));
        page.waitForURL("**/account/mfa");
        assertThat(page.content()).contains("U heeft er nog 9.");
        signOut(page);

        passwordStep(page, leader.username());
        page.waitForURL("**/mfa**");
        code(page, recovery.get(3));
        assertThat(page.content()).contains("Deze code klopt niet.");
        page.context().close();
    }
}
