package nl.waakvlam.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Access for need on a 390×844 phone: the project leader asks without a reason and is told why not,
 * asks with one and reads the coach's working note under the banner; the coach finds the reason in
 * the inbox and the project leader's view in the access overview.
 */
@FullSuite
@BrowserTest
class AccessForNeedJourneyIT {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

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

    @Test
    void theProjectLeaderAsksWithAReasonAndTheCoachIsTold() {
        UserSummary coach = people.coach();
        UserSummary leader = people.projectLeader();
        Long client = people.coachedClient(coach, people.referrer(), leader);
        String canary = "Werknotitie " + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("insert into contact_moment (client_id, coach_id, occurred_at, outcome, type, initiated_by, "
                + "life_domain_ids, private_note, time_kind, created_at) values (?, ?, now() - interval '2 hours', "
                + "'REACHED', 'HOME_VISIT', 'COACH', '{}', ?, 'DIRECT', now())", client, coach.id(), canary);

        Page page = Browser.login(browser.phone(), url(""), leader.username());
        page.navigate(url("/clients/" + client));
        assertThat(page.content()).doesNotContain(canary);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Toegang bij nood vragen")).click();
        page.waitForURL(u -> u.endsWith("/access-for-need"));
        Browser.assertAccessible(page);

        page.getByLabel("Calamiteit").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toegang vragen")).click();
        page.waitForLoadState();
        assertThat(page.locator("#reason-error").textContent()).contains("Zonder reden krijgt u geen toegang");
        assertThat(page.getByLabel("Calamiteit").isChecked()).isTrue();

        page.getByLabel("Uw reden, in uw eigen woorden").fill("De cliënt belde de politie; de coach is op reis.");
        Browser.screenshot(page, "access-for-need-phone");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toegang vragen")).click();
        page.waitForURL(u -> u.contains("/clients/" + client) && !u.contains("access-for-need"));
        assertThat(page.locator("#access-for-need").textContent()).contains("Calamiteit")
                .contains("de coach is op reis");
        assertThat(page.content()).contains(canary);
        Browser.assertAccessible(page);
        page.context().close();

        Page coachPage = Browser.login(browser.phone(), url(""), coach.username());
        coachPage.navigate(url("/inbox"));
        assertThat(coachPage.content()).contains("Toegang bij nood (calamiteit)").contains("de coach is op reis");
        coachPage.navigate(url("/clients/" + client));
        coachPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wie heeft het dossier ingezien?"))
                .click();
        coachPage.waitForURL(u -> u.contains("/accesses"));
        assertThat(coachPage.locator("main table").innerText()).contains(leader.displayName())
                .contains("Toegang bij nood gevraagd: de werknotities");
        Browser.assertAccessible(coachPage);
        Browser.screenshot(coachPage, "access-overview-phone");
        coachPage.context().close();

        Page desktop = Browser.login(browser.desktop(), url(""), coach.username());
        desktop.navigate(url("/clients/" + client + "/accesses"));
        Browser.screenshot(desktop, "access-overview-desktop");
        desktop.context().close();
        Page leaderDesktop = Browser.login(browser.desktop(), url(""), leader.username());
        leaderDesktop.navigate(url("/clients/" + client + "/access-for-need"));
        leaderDesktop.getByLabel("Warme overdracht").check();
        leaderDesktop.getByLabel("Uw reden, in uw eigen woorden")
                .fill("Nieuwe coach begint maandag; de vorige coach is vertrokken.");
        Browser.screenshot(leaderDesktop, "access-for-need-desktop");
        leaderDesktop.context().close();
    }
}
