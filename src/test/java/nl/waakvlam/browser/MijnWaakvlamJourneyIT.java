package nl.waakvlam.browser;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.waakvlam.escalation.EventService;
import nl.waakvlam.goal.GoalOwner;
import nl.waakvlam.goal.GoalService;
import nl.waakvlam.goal.GoalStatus;
import nl.waakvlam.reference.ReferenceData;
import nl.waakvlam.security.UserSummary;
import nl.waakvlam.sharing.ReportService;
import nl.waakvlam.support.Browser;
import nl.waakvlam.support.BrowserTest;
import nl.waakvlam.support.FullSuite;
import nl.waakvlam.support.TestPeople;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a 390×844 phone: the coach invites a client with the QR code on a visit (the test reads the link
 * from the code's image with the library that draws it), the client chooses a password, signs in and
 * finds their goal, their early-warning plan and the released report. axe-core on every page.
 */
@FullSuite
@BrowserTest
class MijnWaakvlamJourneyIT {

    static final String PASSWORD = "fiets boom koffie";
    static final Pattern USERNAME = Pattern.compile("De gebruikersnaam is (\\S+)\\.");

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    TestPeople people;

    @Autowired
    GoalService goals;

    @Autowired
    EventService events;

    @Autowired
    ReportService reports;

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
    void theCoachInvitesWithAQrCodeAndTheClientReadsTheirOwnFile() throws Exception {
        UserSummary coach = people.coach();
        Long client = people.coachedClient(coach, people.referrer(), people.projectLeader());
        goals.importGoal(client, "Ik wil zelf mijn huur betalen", referenceData.lifeDomainIdsByCode().get("FINANCES"),
                GoalOwner.CLIENT, GoalStatus.OPEN, LocalDate.now().plusMonths(3), coach.id());
        events.importWarningSign(client, "Ik blijf in bed liggen", "Ik bel mijn coach", "ikzelf", coach.id(),
                Instant.now());
        reports.importReleased(client, coach.id(), LocalDate.now().minusMonths(2), LocalDate.now().minusDays(3),
                "Het gaat beter met je geld.", LocalDate.now().minusDays(3));

        Page coachPage = Browser.login(browser.phone(), url(""), coach.username());
        // a draft the coach wants to discuss with the client first
        coachPage.navigate(url("/clients/" + client));
        coachPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nieuw voortgangsverslag")).click();
        coachPage.waitForURL("**/reports/*");
        String draftPath = URI.create(coachPage.url()).getPath();
        coachPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Laat de cliënt dit concept lezen"))
                .click();
        coachPage.navigate(url("/clients/" + client));
        coachPage.locator("#client-account-link").click();
        coachPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitnodigen met een QR-code")).click();
        Browser.assertAccessible(coachPage);
        Browser.screenshot(coachPage, "client-account-phone");
        String link = decode(coachPage.locator("#client-invitation .wv-qr").screenshot());
        Matcher username = USERNAME.matcher(coachPage.locator("#client-invitation").innerText());
        assertThat(username.find()).isTrue();

        // the client's own phone: the link from the code, a password, signing in
        Page mine = browser.phone();
        mine.navigate(url(URI.create(link).getPath()));
        mine.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        mine.getByLabel("Nog een keer hetzelfde wachtwoord").fill(PASSWORD);
        mine.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord opslaan")).click();
        mine.waitForURL(u -> u.contains("/login"));
        mine.getByLabel("Gebruikersnaam").fill(username.group(1));
        mine.getByLabel("Wachtwoord").fill(PASSWORD);
        mine.locator("form button[type=submit]").last().click();
        mine.waitForURL("**/mijn");
        String home = mine.locator("main").innerText();
        assertThat(home).contains("Ik wil zelf mijn huur betalen").contains("Ik blijf in bed liggen")
                .contains("Verslagen over mij");
        assertThat(mine.locator(".wv-read-aloud").count()).as("a read-aloud button per section").isGreaterThan(3);
        Browser.assertAccessible(mine);
        Browser.screenshot(mine, "mine-journey-phone");
        mine.locator("a[href^='/mijn/verslagen/']").first().click();
        assertThat(mine.locator("main").innerText()).contains("Het gaat beter met je geld.");
        Browser.assertAccessible(mine);
        Browser.screenshot(mine, "mine-report-phone");

        // the draft: "klopt niet", with a sentence
        mine.navigate(url("/mijn"));
        mine.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lees het verslag")).click();
        Browser.assertAccessible(mine);
        mine.getByLabel("Klopt er iets niet? Schrijf wat er niet klopt.").fill("Ik werk nu drie dagen, niet twee.");
        Browser.screenshot(mine, "mine-draft-phone");
        mine.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nee, dit klopt niet")).click();
        mine.waitForURL("**/mijn");
        assertThat(mine.locator("main").innerText()).contains("Je coach leest wat er niet klopt.");

        for (String page : new String[]{"/mijn/toestemming", "/mijn/wie-keek"}) {
            mine.navigate(url(page));
            Browser.assertAccessible(mine);
            Browser.screenshot(mine, "mine" + page.substring(5).replace('/', '-') + "-phone");
        }
        assertThat(mine.locator("main").innerText()).contains("Jij zelf");

        // the coach sees the answer on the draft before releasing
        coachPage.navigate(url(draftPath));
        assertThat(coachPage.locator("#client-review").innerText()).contains("Ik werk nu drie dagen, niet twee.");
        Browser.screenshot(coachPage, "report-client-review-phone");
        // no staff page opens for the client
        assertThat(mine.navigate(url("/clients/" + client)).status()).isEqualTo(403);
    }

    /** The text of a QR code in a PNG image. */
    static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }
}
