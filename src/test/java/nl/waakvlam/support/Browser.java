package nl.waakvlam.support;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ReducedMotion;
import nl.waakvlam.shared.DemoMode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Chromium through Playwright for Java. Uses the operating system's Chromium
 * ({@code /usr/bin/chromium}, installed by {@code .ci/run}); Playwright never downloads a browser.
 * Fails loudly when no Chromium is found: browser tests are never skipped.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    public static final int PHONE_WIDTH = 390;
    public static final int PHONE_HEIGHT = 844;

    /**
     * One Chromium (and one Playwright driver) per test JVM, started by the first browser test and
     * stopped when the JVM ends, instead of one start-up per test class. Each
     * {@code Browser} opens its own contexts (cookies, storage) in it and closes them again.
     */
    private static com.microsoft.playwright.Browser chromium;

    private final List<BrowserContext> contexts = new ArrayList<>();

    public Browser() {
        chromium();
    }

    private static synchronized com.microsoft.playwright.Browser chromium() {
        if (chromium == null || !chromium.isConnected()) {
            Path executable = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
            assertThat(executable).as("Chromium for the browser tests (run .ci/run or apt-get install chromium)")
                    .exists();
            Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            com.microsoft.playwright.Browser started = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(executable)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.close();
                playwright.close();
            }, "chromium-shutdown"));
            chromium = started;
        }
        return chromium;
    }

    public Page phone() {
        return newPage(PHONE_WIDTH, PHONE_HEIGHT);
    }

    public Page desktop() {
        return newPage(1280, 900);
    }

    /**
     * Reduced motion: Bootstrap scrolls smoothly otherwise, and Playwright waits for a button to stop
     * moving before it clicks (up to seconds on a long page after a field further up was filled).
     */
    private Page newPage(int width, int height) {
        BrowserContext context = chromium().newContext(new NewContextOptions()
                .setViewportSize(width, height).setLocale("nl-NL").setReducedMotion(ReducedMotion.REDUCE));
        contexts.add(context);
        return context.newPage();
    }

    /** Signs in through the login form and waits until the role's home has loaded. */
    public static Page login(Page page, String baseUrl, String username) {
        page.navigate(baseUrl + "/login");
        page.getByLabel("Gebruikersnaam").fill(username);
        page.getByLabel("Wachtwoord").fill(DemoMode.PASSWORD);
        page.locator("form button[type=submit]").last().click();
        page.waitForURL(u -> !u.contains("/login"));
        return page;
    }

    /** What the screen shows, not the whole page: a sticky bar where the user sees it, a long list's top. */
    public static void screenshotScreen(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(false));
    }

    /** Opens a page of the menu as a user does: on a phone through the menu button first. */
    public static void openMenuItem(Page page, String name) {
        com.microsoft.playwright.Locator menu = page.locator(".wv-menu > summary");
        if (menu.isVisible()) {
            menu.click();
        }
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName(name).setExact(true)).first().click();
    }

    /** Signs out as a user does: on a phone through the menu button, on a desktop with the header's button. */
    public static void signOut(Page page) {
        com.microsoft.playwright.Locator menu = page.locator(".wv-menu > summary");
        if (menu.isVisible()) {
            menu.click();
        }
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Uitloggen")).click();
        page.waitForURL("**/login?logout");
    }

    public static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /**
     * Runs axe-core on the current page and fails on serious or critical violations. In one
     * {@code axe.run} in the page ("legacy mode"): the default runs each frame separately and then
     * opens a blank page to merge the results, which costs a page and a second injection of axe
     * per check, for frames the application does not have. Only violations are reported in full.
     */
    public static void assertAccessible(Page page) {
        AxeRunOptions violationsOnly = new AxeRunOptions();
        violationsOnly.setResultTypes(List.of("violations"));
        AxeResults results = new AxeBuilder(page).setLegacyMode(true).options(violationsOnly).analyze();
        List<Rule> severe = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(severe).as(() -> "axe violations on " + page.url() + ": " + severe.stream()
                        .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("; ")))
                .isEmpty();
    }

    /** Closes the contexts this {@code Browser} opened; Chromium itself stays for the next test class. */
    @Override
    public void close() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }
}
