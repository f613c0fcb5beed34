package nl.waakvlam.browser;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import nl.waakvlam.support.TestMail;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import jakarta.mail.internet.MimeMessage;
import nl.waakvlam.security.UserSummary;
import nl.waakvlam.support.Browser;
import nl.waakvlam.support.BrowserTest;
import nl.waakvlam.support.TestPeople;
import nl.waakvlam.support.FullSuite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From invitation to a first client: the administrator creates a coach account, the invitation
 * arrives by e-mail (GreenMail), the new coach chooses a password on a phone through the link, signs
 * in to an empty caseload, the project leader hands a client to them, and the coach sees it. The
 * same link used again is refused.
 */
@FullSuite
@BrowserTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", TestMail.MAIL_PORT,
        "waakvlam.base-url=http://waakvlam.test"})
class AccountJourneyIT {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestMail.SMTP);

    static final Pattern LINK = Pattern.compile("http://waakvlam\\.test(/invitation/[A-Za-z0-9_-]+)");
    static final String PASSWORD = "mijn fiets is blauw en oud";

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

    @Test
    void anInvitedCoachSetsAPasswordSignsInAndReceivesAClient() throws Exception {
        String username = "noor" + UUID.randomUUID().toString().substring(0, 6);
        UserSummary oldCoach = people.coach();
        Long client = people.coachedClient(oldCoach, people.referrer(), people.projectLeader());

        Page admin = Browser.login(browser.desktop(), url(""), "beheerder");
        admin.navigate(url("/admin/users"));
        Browser.screenshot(admin, "admin-users-desktop");
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Account toevoegen")).click();
        admin.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Noor Nieuwenhuis");
        admin.getByLabel("Gebruikersnaam", new Page.GetByLabelOptions().setExact(true)).fill(username);
        admin.getByLabel("E-mailadres").fill(username + "@example.org");
        admin.getByLabel("Rol", new Page.GetByLabelOptions().setExact(true)).selectOption("COACH");
        admin.getByLabel("Gender (voor de matching)").selectOption("FEMALE");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account aanmaken en uitnodigen")).click();
        admin.waitForURL("**/admin/users/*");
        assertThat(admin.content()).contains("De e-mail met de link is verstuurd.").contains("Uitgenodigd");
        Browser.assertAccessible(admin);
        admin.context().close();

        MimeMessage[] mails = greenMail.getReceivedMessagesForDomain(username + "@example.org");
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getSubject()).isEqualTo("Uw account voor Waakvlam");
        Matcher link = LINK.matcher(GreenMailUtil.getBody(mails[0]).replace("=\r\n", "").replace("=3D", "="));
        assertThat(link.find()).isTrue();

        Page coach = browser.phone();
        coach.navigate(url(link.group(1)));
        assertThat(coach.content()).contains("Welkom, Noor Nieuwenhuis");
        Browser.assertAccessible(coach);
        coach.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        coach.getByLabel("Nog een keer hetzelfde wachtwoord").fill(PASSWORD);
        coach.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord opslaan")).click();
        coach.waitForURL("**/login?welcome");
        assertThat(coach.content()).contains("Uw wachtwoord is opgeslagen.");

        coach.navigate(url(link.group(1)));
        assertThat(coach.content()).contains("Deze link werkt niet");

        coach.navigate(url("/login"));
        coach.getByLabel("Gebruikersnaam").fill(username);
        coach.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        coach.locator("main button[type=submit]").click();
        coach.waitForURL("**/caseload");
        assertThat(coach.content()).contains("U heeft nog geen cliënten toegewezen gekregen.");

        Page leader = Browser.login(browser.desktop(), url(""), "projectleider");
        leader.navigate(url("/clients/" + client));
        leader.getByLabel("Nieuwe coach *").selectOption(new SelectOption().setLabel("Noor Nieuwenhuis"));
        leader.getByLabel("Warme overdracht: wat werkt bij deze cliënt, lopende afspraken, netwerk *")
                .fill("Belt liever dan dat ze appt. Woensdag vaste afspraak bij de sportschool.");
        leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Coach wijzigen")).click();
        leader.waitForLoadState();
        assertThat(leader.content()).contains("De nieuwe coach is vastgelegd");
        leader.context().close();

        coach.navigate(url("/caseload"));
        assertThat(coach.content()).doesNotContain("U heeft nog geen cliënten toegewezen gekregen.");
        assertThat(coach.locator(".wv-clients a[href='/clients/" + client + "']").count()).isEqualTo(1);
        coach.context().close();
    }
}
