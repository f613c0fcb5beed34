package nl.waakvlam.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import nl.waakvlam.support.AppRoutes;
import nl.waakvlam.support.AppRoutes.Route;
import nl.waakvlam.support.Browser;
import nl.waakvlam.support.BrowserTest;
import nl.waakvlam.support.FullSuite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page every role can open, on a 390 px phone in Chromium: no page is wider than the screen
 * and no table scrolls sideways (a wide table becomes stacked rows), and every item of the menu can
 * be reached from every page (the phone menu opens and shows them all, inside the screen).
 */
@FullSuite
@BrowserTest
class PhoneSweepIT {

    static final List<String> ROLES = List.of("coach1", "verwijzer1", "projectleider", "beheerder", "secretariaat");
    /** Downloads and the pages outside the signed-in layout. */
    static final List<String> SKIPPED = List.of(".csv", ".pdf", ".zip", ".ics", ".xlsx", ".txt", ".svg", ".png",
            "/logout", "/login", "/setup", "/invitation", "/error");

    /** Pages kept as screenshots for the user guides and for looking at. */
    static final Set<String> SHOWN = Set.of("/admin/audit", "/admin/retention", "/admin/instruments",
            "/dashboard/rounds", "/clients", "/coaches", "/caseload", "/admin/settings", "/referrals", "/backoffice",
            "/backoffice/callbacks");

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void everyPageOfEveryRoleFitsAPhoneAndReachesEveryMenuItem() {
        Map<String, String> ids = AppRoutes.realIds(jdbc);
        Set<String> paths = new LinkedHashSet<>();
        for (Route route : AppRoutes.all(mappings)) {
            String path = AppRoutes.path(route.pattern(), ids::get);
            if (route.method() == RequestMethod.GET && SKIPPED.stream().noneMatch(path::contains)) {
                paths.add(path);
            }
        }
        List<String> failures = new ArrayList<>();
        int pages = 0;
        for (String role : ROLES) {
            Page page = Browser.login(browser.phone(), "http://127.0.0.1:" + port, role);
            Browser.screenshotScreen(openMenu(page), "phone-menu-" + role);
            for (String path : paths) {
                Response response;
                try {
                    response = page.navigate("http://127.0.0.1:" + port + path);
                } catch (PlaywrightException download) {
                    continue;
                }
                String type = response == null ? null : response.headerValue("content-type");
                if (response == null || response.status() != 200 || type == null || !type.startsWith("text/html")) {
                    continue;
                }
                pages++;
                String where = role + " " + path;
                if (SHOWN.contains(path)) {
                    Browser.screenshotScreen(page, "phone-" + role + path.replace('/', '-'));
                }
                Object wide = page.evaluate(WIDER_THAN_THE_SCREEN);
                if (wide != null) {
                    failures.add(where + ": wider than the screen: " + wide);
                }
                Object unreachable = page.evaluate(MENU_OUT_OF_REACH);
                if (unreachable != null) {
                    failures.add(where + ": menu item out of reach: " + unreachable);
                }
            }
            page.context().close();
        }
        System.out.printf("phone sweep: %d pages of %d roles, %d failures%n", pages, ROLES.size(), failures.size());
        failures.forEach(System.out::println);
        assertThat(pages).as("pages opened").isGreaterThan(50);
        assertThat(failures).isEmpty();
    }

    private static Page openMenu(Page page) {
        page.locator(".wv-menu > summary").click();
        return page;
    }

    /** Null when the document fits; otherwise its width and the outermost elements that stick out. */
    static final String WIDER_THAN_THE_SCREEN = """
            () => {
              const width = window.innerWidth;
              for (const table of document.querySelectorAll('main table')) {
                const box = table.parentElement;
                if (table.offsetWidth > 0 && table.offsetWidth > box.clientWidth + 1) {
                  return 'a table scrolls sideways: ' + table.offsetWidth + ' in ' + box.clientWidth + 'px ('
                      + (table.querySelector('caption, th') || table).textContent.trim().slice(0, 40) + ')';
                }
              }
              if (document.documentElement.scrollWidth <= width) return null;
              const out = [];
              for (const e of document.querySelectorAll('body *')) {
                const r = e.getBoundingClientRect();
                if (r.right > width + 1 && !(e.parentElement && e.parentElement.getBoundingClientRect().right > width + 1)) {
                  out.push(e.tagName.toLowerCase() + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '') + ' ' + Math.round(r.right));
                }
              }
              return document.documentElement.scrollWidth + 'px: ' + out.slice(0, 5).join(', ');
            }""";

    /** Opens the phone menu; null when every item is shown inside the screen, else the first that is not. */
    static final String MENU_OUT_OF_REACH = """
            () => {
              const menu = document.querySelector('details.wv-menu');
              const items = document.querySelectorAll('details.wv-menu a');
              if (!menu) return document.querySelector('.wv-header a[href="/inbox"]') ? 'no phone menu' : null;
              menu.open = true;
              const width = window.innerWidth;
              for (const a of items) {
                const r = a.getBoundingClientRect();
                const style = getComputedStyle(a);
                if (r.width === 0 || r.height === 0 || r.left < 0 || r.right > width + 1 || style.visibility === 'hidden') {
                  menu.open = false;
                  return a.textContent.trim() + ' at ' + Math.round(r.left) + '..' + Math.round(r.right);
                }
              }
              menu.open = false;
              return null;
            }""";
}
