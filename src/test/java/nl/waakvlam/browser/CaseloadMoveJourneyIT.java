package nl.waakvlam.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import nl.waakvlam.contact.ContactDetails;
import nl.waakvlam.contact.ContactOutcome;
import nl.waakvlam.contact.ContactService;
import nl.waakvlam.contact.ContactType;
import nl.waakvlam.contact.InitiatedBy;
import nl.waakvlam.contact.TimeKind;
import nl.waakvlam.escalation.EventService;
import nl.waakvlam.goal.GoalOwner;
import nl.waakvlam.goal.GoalService;
import nl.waakvlam.goal.GoalStatus;
import nl.waakvlam.reference.ReferenceData;
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

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coach leaves: the project leader moves all of their clients to two colleagues in one step (the
 * preview shows the loads and warns that one of them is away), and each receiving coach finds an
 * unread handover on Vandaag: the client's open goals and early-warning plan, the note the leaving
 * coach marked for the handover and none of the unmarked private notes. Screenshots for the guide.
 */
@FullSuite
@BrowserTest
class CaseloadMoveJourneyIT {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestPeople people;

    @Autowired
    GoalService goals;

    @Autowired
    EventService events;

    @Autowired
    ContactService contacts;

    @Autowired
    ReferenceData referenceData;

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
    void aLeavingCoachsClientsAreMovedAndEachNewCoachReadsTheHandover() {
        UserSummary leaving = people.coach();
        UserSummary referrer = people.referrer();
        UserSummary leader = people.projectLeader();
        List<Long> clients = List.of(people.coachedClient(leaving, referrer, leader),
                people.coachedClient(leaving, referrer, leader));
        Long finances = referenceData.lifeDomainIdsByCode().get("FINANCES");
        Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        for (Long client : clients) {
            goals.importGoal(client, "Ik wil zelf mijn huur betalen (" + client + ")", finances, GoalOwner.CLIENT,
                    GoalStatus.OPEN, LocalDate.now().plusMonths(3), leaving.id());
            events.importWarningSign(client, "Neemt de telefoon niet meer op (" + client + ")",
                    "Langsgaan en de moeder bellen", "coach", leaving.id(), yesterday);
            contacts.importContact(client, leaving.id(), new ContactDetails(yesterday, ContactOutcome.REACHED,
                    ContactType.HOME_VISIT, InitiatedBy.COACH, 45, Set.of(), "Alleen voor mij (" + client + ")",
                    null, null, null, false, false, TimeKind.DIRECT, Set.of()), yesterday);
            contacts.importContact(client, leaving.id(), new ContactDetails(yesterday.plusSeconds(600),
                    ContactOutcome.REACHED, ContactType.PHONE, InitiatedBy.COACH, 10, Set.of(),
                    "Slecht nieuws liever face-to-face (" + client + ")", null, null, null, false, false,
                    TimeKind.DIRECT, Set.of(), true), yesterday.plusSeconds(600));
        }
        Long available = userId("coach4");
        Long absent = userId("coach3"); // away this week in the test programme

        Page pl = Browser.login(browser.desktop(), url(""), "projectleider");
        pl.navigate(url("/coaches/" + leaving.id() + "/move"));
        pl.locator("#to-" + clients.get(0)).selectOption(new SelectOption().setLabel("Rachid El Amrani"));
        pl.locator("#to-" + clients.get(1)).selectOption(new SelectOption().setLabel("Lotte Bakker"));
        pl.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekijk wat er verandert")).click();
        String preview = pl.locator("#preview-heading").locator("..").innerText();
        assertThat(preview).contains("Rachid El Amrani").contains("Lotte Bakker").contains("Afwezig van");
        Browser.assertAccessible(pl);
        Browser.screenshot(pl, "move-preview-desktop");
        pl.getByLabel("Reden en warme overdracht (verplicht)")
                .fill("Coach stopt; warme overdracht in een huisbezoek met beide coaches.");
        pl.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Overdragen")).click();
        pl.waitForURL("**/coaches");
        assertThat(jdbc.queryForObject("select coach_id from client where id = ?", Long.class, clients.get(0)))
                .isEqualTo(available);
        assertThat(jdbc.queryForObject("select coach_id from client where id = ?", Long.class, clients.get(1)))
                .isEqualTo(absent);

        // the project leader sees both handovers unread
        pl.locator("#unread-handovers a").click();
        assertThat(pl.locator("a[href='/clients/" + clients.get(0) + "/handover']").count()).isOne();
        assertThat(pl.locator("a[href='/clients/" + clients.get(1) + "/handover']").count()).isOne();
        Browser.assertAccessible(pl);
        Browser.screenshot(pl, "handovers-desktop");

        for (int i = 0; i < 2; i++) {
            Long client = clients.get(i);
            Page coach = Browser.login(i == 0 ? browser.phone() : browser.desktop(), url(""), i == 0 ? "coach4" : "coach3");
            coach.navigate(url("/caseload"));
            assertThat(coach.locator("a[href='/clients/" + client + "/handover']").count()).isPositive();
            coach.locator("a[href='/clients/" + client + "/handover']").first().click();
            coach.waitForURL("**/clients/" + client + "/handover");
            String summary = coach.locator("main").innerText();
            assertThat(summary).contains("Ik wil zelf mijn huur betalen (" + client + ")")
                    .contains("Neemt de telefoon niet meer op (" + client + ")")
                    .contains("Slecht nieuws liever face-to-face (" + client + ")")
                    .contains("Coach stopt; warme overdracht")
                    .doesNotContain("Alleen voor mij (" + client + ")");
            Browser.assertAccessible(coach);
            Browser.screenshot(coach, i == 0 ? "handover-phone" : "handover-desktop");
            coach.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gelezen, ik neem het over")).click();
            coach.waitForURL("**/clients/" + client);
            assertThat(jdbc.queryForObject("select handover_read_at is not null from assignment where client_id = ? "
                    + "and ended_on is null and role = 'PRIMARY'", Boolean.class, client)).isTrue();
        }
    }

    Long userId(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }
}
