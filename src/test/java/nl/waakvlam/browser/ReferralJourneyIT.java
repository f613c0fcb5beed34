package nl.waakvlam.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.waakvlam.shared.DemoMode;
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
 * On a phone: a referrer refers a client, the project leader accepts and matches, the coach
 * finds the client on the caseload. Every page passes axe-core; screenshots of each step.
 */
@FullSuite
@BrowserTest
class ReferralJourneyIT {

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

    Page loginOnPhone(String username) {
        return Browser.login(browser.phone(), url(""), username);
    }

    @Test
    void referralIntakeMatchAndCaseloadOnAPhone() {
        String firstName = "Noor" + UUID.randomUUID().toString().substring(0, 4);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

        Page referrer = loginOnPhone("verwijzer2");
        referrer.navigate(url("/referrals/new"));
        Browser.assertAccessible(referrer);
        // first a mistake: nothing filled in, the form explains and keeps what was typed
        referrer.getByLabel("Voornaam *").fill(firstName);
        referrer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelding versturen")).click();
        assertThat(referrer.locator(".invalid-feedback").first().textContent()).isNotBlank();
        assertThat(referrer.getByLabel("Voornaam *").inputValue()).isEqualTo(firstName);
        Browser.screenshot(referrer, "referral-form-errors-phone");
        Browser.assertAccessible(referrer);

        referrer.getByLabel("Achternaam *").fill("de Wit");
        referrer.getByLabel("Geboortedatum *").fill(today.minusYears(18).toString());
        referrer.getByLabel("Telefoon").fill("06 23456789");
        referrer.getByLabel("Uitvoeringsniveau *").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Kwetsbare jongeren 18-/18+"));
        referrer.getByLabel("Categorie (jongeren)").selectOption("2");
        referrer.getByLabel("Reden van aanmelding *").fill("Laatste schooljaar; straks valt de nazorg van school weg.");
        referrer.getByLabel("Wat ik al weet (waar de pijn zit)").fill("Weinig netwerk, moeder werkt veel.");
        referrer.getByLabel("Voorkeur voor een coach").selectOption("FEMALE");
        referrer.getByLabel("De cliënt is akkoord met deze aanmelding *").check();
        Browser.screenshot(referrer, "referral-form-phone");
        referrer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelding versturen")).click();
        referrer.waitForURL("**/referrals");
        assertThat(referrer.locator("main").textContent()).contains(firstName).contains("Aangemeld");
        Browser.assertAccessible(referrer);
        Browser.screenshot(referrer, "referrals-phone");
        referrer.context().close();

        Page leader = loginOnPhone("projectleider");
        leader.navigate(url("/intake"));
        Browser.assertAccessible(leader);
        Browser.screenshot(leader, "intake-phone");
        // open the new referral through its decision page
        leader.navigate(url("/intake/" + idOf(firstName)));
        assertThat(leader.locator("h1").textContent()).contains(firstName);
        Browser.assertAccessible(leader);
        Browser.screenshot(leader, "intake-decision-phone");
        leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accepteren")).click();
        leader.waitForSelector("text=Coach kiezen");
        assertThat(leader.locator(".wv-candidates label").first().textContent()).contains("Past bij de voorkeur");
        Browser.assertAccessible(leader);
        Browser.screenshot(leader, "matching-phone");
        leader.locator(".wv-candidates label", new Page.LocatorOptions().setHasText("Sanne Verhoeven"))
                .locator("input").check();
        leader.getByLabel("Waarom deze match *").fill("Vrouwelijke coach gevraagd; Sanne kent de school.");
        leader.getByLabel("Plaats *").fill("VSO De Horizon");
        leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Koppelen en driegesprek plannen"))
                .click();
        leader.waitForURL("**/clients/*");
        assertThat(leader.locator("header.wv-file-header").textContent()).contains("Sanne Verhoeven").contains("Intake");
        Browser.assertAccessible(leader);
        Browser.screenshot(leader, "client-file-leader-phone");
        leader.context().close();

        Page coach = loginOnPhone("coach1");
        coach.navigate(url("/caseload?phase=INTAKE"));
        assertThat(coach.locator(".wv-clients").textContent()).contains(firstName);
        Browser.assertAccessible(coach);
        Browser.screenshot(coach, "caseload-with-new-client-phone");
        coach.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(firstName + " de Wit")).click();
        coach.waitForURL("**/clients/*");
        Browser.assertAccessible(coach);
        Browser.screenshot(coach, "client-file-coach-phone");
        // the driegesprek into the coach's own calendar: a valid iCalendar file at the planned local time
        com.microsoft.playwright.Download download = coach.waitForDownload(() -> coach.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("In mijn agenda zetten (.ics)")).click());
        String ics;
        try {
            ics = java.nio.file.Files.readString(download.path());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        biweekly.component.VEvent event = biweekly.Biweekly.parse(ics).first().getEvents().get(0);
        assertThat(event.getDateStart().getValue().toInstant().atZone(ZoneId.of("Europe/Amsterdam"))
                .toLocalDateTime()).isEqualTo(today.plusDays(7).atTime(10, 0));
        assertThat(event.getLocation().getValue()).isEqualTo("VSO De Horizon");
        // and the match is in the coach's inbox, naming the client and the date
        String meeting = nl.waakvlam.shared.Dates.dateTime(today.plusDays(7).atTime(10, 0),
                java.util.Locale.forLanguageTag("nl"));
        coach.navigate(url("/inbox"));
        assertThat(coach.locator("main").textContent()).contains(firstName + " de Wit")
                .contains("U bent de nieuwe lifecoach").contains(meeting);
        Browser.screenshot(coach, "inbox-new-client-phone");
        coach.context().close();

        Page referrerAgain = loginOnPhone("verwijzer2");
        referrerAgain.navigate(url("/inbox"));
        assertThat(referrerAgain.locator("main").textContent()).contains(firstName + " de Wit")
                .contains("Lifecoach: Sanne Verhoeven").contains(meeting);
        referrerAgain.context().close();

        Page desktop = browser.desktop();
        desktop.navigate(url("/login"));
        desktop.getByLabel("Gebruikersnaam").fill("projectleider");
        desktop.getByLabel("Wachtwoord").fill(DemoMode.PASSWORD);
        desktop.locator("form button[type=submit]").last().click();
        desktop.waitForURL("**/dashboard");
        desktop.navigate(url("/coaches"));
        Browser.assertAccessible(desktop);
        Browser.screenshot(desktop, "coaches-desktop");
        desktop.navigate(url("/intake/" + idOf(firstName)));
        Browser.screenshot(desktop, "intake-decided-desktop");
        desktop.context().close();
    }

    @Autowired
    JdbcTemplate jdbc;

    Long idOf(String firstName) {
        return jdbc.queryForObject("select id from client where first_name = ?", Long.class, firstName);
    }
}
