package nl.waakvlam.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application under load: the packaged jar started on the large demo programme (unless
 * {@code -Dbenchmark.url} points at one that already runs), and the ids the scenarios need, found the
 * way a user would find them — through the pages, signed in as the demo accounts.
 */
final class BenchmarkTarget {

    static final String PASSWORD = "waakvlam-demo-2026";
    private static final Pattern CLIENT_LINK = Pattern.compile("href=\"/clients/(\\d+)\"");
    private static final Pattern REPORT_LINK = Pattern.compile("href=\"/reports/(\\d+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    final String baseUrl;
    private final Process process;

    long longClient;
    long ordinaryClient;
    long reportId;
    long coachId;

    private BenchmarkTarget(String baseUrl, Process process) {
        this.baseUrl = baseUrl;
        this.process = process;
    }

    /** Starts the jar (or takes the running application) and waits until it answers. */
    static BenchmarkTarget start() {
        String url = System.getProperty("benchmark.url");
        if (url != null && !url.isBlank()) {
            BenchmarkTarget target = new BenchmarkTarget(url.replaceAll("/$", ""), null);
            target.awaitReady(Duration.ofMinutes(1));
            return target;
        }
        String port = System.getProperty("benchmark.port", "18080");
        Path jar = Path.of(System.getProperty("benchmark.jar", "target/waakvlam-0.1.0-SNAPSHOT.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./mvnw -Pbenchmark verify, which packages it first");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        // the JVM's default options unless told otherwise: the memory figure is that of a plain java -jar
        String options = System.getProperty("benchmark.jvm", "").trim();
        if (!options.isEmpty()) {
            command.addAll(List.of(options.split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--server.address=127.0.0.1",
                "--waakvlam.demo.scale=large",
                "--waakvlam.embedded-db.data-dir=" + System.getProperty("benchmark.data-dir", "data/benchmark")));
        try {
            Path log = Path.of("target", "benchmark-app.log");
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            BenchmarkTarget target = new BenchmarkTarget("http://127.0.0.1:" + port, process);
            // the first start loads the large programme (about a minute); later starts reuse it
            target.awaitReady(Duration.ofMinutes(6));
            return target;
        } catch (IOException e) {
            throw new IllegalStateException("could not start " + jar, e);
        }
    }

    /**
     * The application's process id: the jar the benchmark started, or {@code -Dbenchmark.pid}, or the
     * one Java process on this machine whose command line names Waakvlam (its jar, main class or
     * properties) and is not the benchmark or Maven.
     */
    Optional<Long> pid() {
        if (process != null) {
            return Optional.of(process.pid());
        }
        Long pinned = Long.getLong("benchmark.pid");
        if (pinned != null) {
            return Optional.of(pinned);
        }
        List<Long> candidates = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().filter(c -> c.endsWith("java")).isPresent())
                .filter(p -> p.info().commandLine().filter(c -> c.toLowerCase(java.util.Locale.ROOT).contains("waakvlam")
                        && !c.contains("nl.waakvlam.benchmark") && !c.contains("gatling") && !c.contains("maven")).isPresent())
                .map(ProcessHandle::pid).toList();
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    void stop() {
        if (process != null) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void awaitReady(Duration patience) {
        LocalProcesses.awaitAnswer(URI.create(baseUrl + "/login"), process, "target/benchmark-app.log", patience);
    }

    /** Finds the clients, report and coach the scenarios use. */
    void discover() {
        Browser coach = signIn("coach1");
        longClient = first(CLIENT_LINK, coach.get("/clients?q=Langdossier"), "coach1's long file (Langdossier)");
        Set<Long> caseload = all(CLIENT_LINK, coach.get("/caseload"));
        caseload.remove(longClient);
        // the first client the caseload names (its most urgent), unless pinned so that two runs on copies
        // of one data set (before and after a change) open the same file
        Long pinned = Long.getLong("benchmark.ordinary-client");
        ordinaryClient = pinned != null ? pinned : caseload.stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("coach1 has no clients"));

        Browser referrer = signIn("verwijzer1");
        reportId = -1;
        // the first pages hold recent referrals, which have no reports yet: start further on
        for (int page = 30; page < 150 && reportId < 0; page++) {
            for (long client : all(CLIENT_LINK, referrer.get("/referrals?page=" + page))) {
                Matcher report = REPORT_LINK.matcher(referrer.get("/clients/" + client));
                if (report.find()) {
                    reportId = Long.parseLong(report.group(1));
                    break;
                }
            }
        }
        if (reportId < 0) {
            throw new IllegalStateException("verwijzer1 can read no report");
        }

        Browser leader = signIn("projectleider");
        // the absence form names every coach (the cards come sixteen to a page)
        Matcher coachLink = Pattern.compile("<option value=\"(\\d+)\">Sanne Verhoeven</option>")
                .matcher(leader.get("/coaches"));
        if (!coachLink.find()) {
            throw new IllegalStateException("coach1 (Sanne Verhoeven) is not on /coaches");
        }
        coachId = Long.parseLong(coachLink.group(1));
    }

    private Browser signIn(String username) {
        Browser browser = new Browser();
        Matcher csrf = CSRF.matcher(browser.get("/login"));
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on /login");
        }
        browser.post("/login", "username=" + username + "&password=" + PASSWORD + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8));
        return browser;
    }

    private static long first(Pattern pattern, String html, String what) {
        Matcher matcher = pattern.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("not found: " + what + " (is the large programme loaded?)");
        }
        return Long.parseLong(matcher.group(1));
    }

    private static Set<Long> all(Pattern pattern, String html) {
        Set<Long> ids = new LinkedHashSet<>();
        Matcher matcher = pattern.matcher(html);
        while (matcher.find()) {
            ids.add(Long.parseLong(matcher.group(1)));
        }
        return ids;
    }

    /** A signed-in session for discovery: cookies kept, redirects followed. */
    private final class Browser {
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();

        String get(String path) {
            return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).build());
        }

        String post(String path, String form) {
            return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        }

        private String send(HttpRequest request) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
            } catch (IOException e) {
                throw new IllegalStateException(request.uri().getPath(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
