package nl.waakvlam.benchmark;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The pages coaches, referrers and the project leader open all day, each driven by 20 concurrent
 * users for a fixed time, one page after the other, against the packaged application on the large
 * demo programme. Every user signs in once (its own session), then asks for its page again and again
 * without pause: the throughput of a request is its count divided by the phase's duration, and the
 * percentiles are in the report Gatling writes to target/gatling.
 *
 * <p>Before the first measurement every measured page is loaded in turn for a warm-up
 * ({@code -Dbenchmark.warm-up}, 240 s for the coach's pages, half that for the referrer's and the
 * project leader's, a quarter for the large caseload), so that the figures are those of a server
 * that has been running, not of the JIT compiler's first minutes: on two cores the compiler shares
 * the processors with the requests, and the caseload's CPU time per request only stops falling after
 * some 40,000 requests (docs/performance.md).
 *
 * <p>Beside it runs a reference that does not change with Waakvlam ({@link ReferenceTarget}: a plain
 * Spring Boot owner page), warmed up as long as the coach's pages and measured first and last, so that
 * every page has a ratio to it taken in the same minutes; after the load both processes' resident
 * memory is printed and written to target/benchmark-memory.txt.
 *
 * <p>Settings: {@code -Dbenchmark.users} (20), {@code -Dbenchmark.seconds} per page (20),
 * {@code -Dbenchmark.url} to load an application that already runs instead of starting the jar.
 */
public class PageLoadSimulation extends Simulation {

    private static final int USERS = Integer.getInteger("benchmark.users", 20);
    private static final Duration PHASE = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 20));
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("benchmark.warm-up", 240));
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    /** Counts the dashboard requests of the new-filter phase: each asks another period and track. */
    private static final AtomicInteger FILTERS = new AtomicInteger();
    /** Contacts posted by the benchmark go back in time one minute each, so that none is in the future. */
    private static final AtomicLong POSTED = new AtomicLong();
    /** Turns through the reference's ten owners. */
    private static final AtomicInteger OWNERS = new AtomicInteger();

    private final BenchmarkTarget target = BenchmarkTarget.start();
    private final ReferenceTarget reference = ReferenceTarget.start();

    {
        target.discover();
        System.out.printf("Benchmark target %s: long file %d, ordinary file %d, report %d, coach %d%n",
                target.baseUrl, target.longClient, target.ordinaryClient, target.reportId, target.coachId);

        HttpProtocolBuilder protocol = http.baseUrl(target.baseUrl)
                .disableFollowRedirect()
                .acceptHeader("text/html,application/xhtml+xml")
                .acceptLanguageHeader("nl")
                .userAgentHeader("waakvlam-benchmark")
                .shareConnections();

        List<PopulationBuilder> phases = new ArrayList<>();
        // The reference (a plain Spring Boot owner page, ReferenceTarget) is warmed up as long as the
        // coach's pages and measured first and last, so that each page's figures have a ratio to a page
        // that does not change with Waakvlam, taken in the same minutes.
        phases.add(scenario("warm-up reference").during(WARM_UP).on(exec(referencePage("warm-up reference")))
                .injectOpen(atOnceUsers(USERS)));
        // Warm-up: every page that is measured below, in turn, so that the JIT has compiled their code
        // before the first measurement (a server that has run for a while); not part of the figures.
        phases.add(warmUp("warm-up coach", "coach1", WARM_UP,
                get("warm-up caseload", "/caseload"), get("warm-up file", "/clients/" + target.longClient),
                get("warm-up ordinary file", "/clients/" + target.ordinaryClient)));
        phases.add(warmUp("warm-up coach 2", "coach2", WARM_UP.dividedBy(4), get("warm-up caseload 250", "/caseload")));
        phases.add(warmUp("warm-up referrer", "verwijzer1", WARM_UP.dividedBy(2),
                get("warm-up referrals", "/referrals"), get("warm-up report", "/reports/" + target.reportId),
                get("warm-up report pdf", "/reports/" + target.reportId + ".pdf")));
        phases.add(warmUp("warm-up leader", "projectleider", WARM_UP.dividedBy(2),
                get("warm-up dashboard", "/dashboard"), get("warm-up dashboard coach", "/dashboard?coach=" + target.coachId),
                get("warm-up coaches", "/coaches"), get("warm-up intake", "/intake")));
        phases.add(referencePhase("reference owner page (first)"));
        phases.add(phase("caseload 50", "coach1", get("/caseload (coach, ~50 clients)", "/caseload")));
        phases.add(phase("caseload 250", "coach2", get("/caseload (coach, 250 clients)", "/caseload")));
        phases.add(phase("long file", "coach1",
                get("/clients/{id} (2,000 contacts)", "/clients/" + target.longClient)));
        phases.add(phase("ordinary file", "coach1",
                get("/clients/{id} (ordinary file)", "/clients/" + target.ordinaryClient)));
        phases.add(phase("log contact", "coach1", http("POST contact")
                .post("/clients/" + target.ordinaryClient + "/contacts/new")
                .formParam("_csrf", "#{csrf}")
                .formParam("occurredAt", session -> LocalDateTime.now().minusMinutes(1 + POSTED.incrementAndGet() % 100_000)
                        .format(MINUTE))
                .formParam("outcome", "REACHED").formParam("type", "PHONE").formParam("initiatedBy", "COACH")
                .formParam("durationMinutes", "20").formParam("timeKind", "DIRECT")
                .formParam("privateNote", "Even gebeld; het gaat goed.")
                .check(status().is(302))));
        phases.add(phase("attempt", "coach1", http("POST attempt (not reached)")
                .post("/clients/" + target.ordinaryClient + "/contacts/attempt")
                .formParam("_csrf", "#{csrf}").formParam("outcome", "NO_ANSWER").formParam("from", "caseload")
                .check(status().is(302))));
        phases.add(phase("referrer clients", "verwijzer1", get("/referrals (referrer's clients)", "/referrals")));
        phases.add(phase("report", "verwijzer1", get("/reports/{id}", "/reports/" + target.reportId)));
        phases.add(phase("report pdf", "verwijzer1", get("/reports/{id}.pdf", "/reports/" + target.reportId + ".pdf")));
        phases.add(phase("dashboard", "projectleider", get("/dashboard (default period)", "/dashboard")));
        phases.add(phase("dashboard coach", "projectleider",
                get("/dashboard (one coach)", "/dashboard?coach=" + target.coachId)));
        // every request another filter (period and track): never one the one-minute copy holds
        phases.add(phase("dashboard new filter", "projectleider", http("/dashboard (new filter, no copy)")
                .get(session -> {
                    int n = FILTERS.incrementAndGet();
                    LocalDate from = LocalDate.now().minusDays(90 + n % 1000);
                    return "/dashboard?from=" + from + "&to=" + from.plusDays(90)
                            + (n % 3 == 0 ? "" : "&track=" + (n % 3));
                })
                .check(status().is(200))));
        phases.add(phase("coaches", "projectleider", get("/coaches", "/coaches")));
        phases.add(phase("intake", "projectleider", get("/intake", "/intake")));
        phases.add(referencePhase("reference owner page (last)"));

        PopulationBuilder chain = phases.get(phases.size() - 1);
        for (int i = phases.size() - 2; i >= 0; i--) {
            chain = phases.get(i).andThen(chain);
        }
        setUp(chain).protocols(protocol);
    }

    @Override
    public void after() {
        // resident memory after the load, both with the JVM's default options (unless -Dbenchmark.jvm)
        String waakvlam = target.pid().flatMap(LocalProcesses::residentMegabytes).map(mb -> mb + " MB").orElse("unknown");
        String plain = LocalProcesses.residentMegabytes(reference.pid()).map(mb -> mb + " MB").orElse("unknown");
        String line = "Resident memory after the benchmark: Waakvlam " + waakvlam + ", reference " + plain;
        System.out.println(line);
        try {
            Files.writeString(Path.of("target", "benchmark-memory.txt"), line + System.lineSeparator());
        } catch (IOException e) {
            System.out.println("could not write target/benchmark-memory.txt: " + e);
        }
        reference.stop();
        target.stop();
    }

    /** The reference's owner page, its ten owners in turn. */
    private HttpRequestActionBuilder referencePage(String name) {
        return http(name).get(session -> reference.baseUrl + "/owners/" + (1 + OWNERS.incrementAndGet() % 10))
                .check(status().is(200));
    }

    /** USERS users asking the reference's owner page for the phase's duration (no sign-in: it has none). */
    private PopulationBuilder referencePhase(String name) {
        return scenario(name).during(PHASE).on(exec(referencePage(name))).injectOpen(atOnceUsers(USERS));
    }

    private static HttpRequestActionBuilder get(String name, String path) {
        return http(name).get(path).check(status().is(200));
    }

    /** USERS users of one account sign in, then repeat one request for the phase's duration. */
    private static PopulationBuilder phase(String name, String username, HttpRequestActionBuilder request) {
        ScenarioBuilder scenario = scenario(name)
                .exec(signIn(username))
                .during(PHASE).on(exec(request));
        return scenario.injectOpen(atOnceUsers(USERS));
    }

    /** USERS users of one account sign in, then go through the pages in turn for the given time. */
    private static PopulationBuilder warmUp(String name, String username, Duration duration,
                                            HttpRequestActionBuilder... requests) {
        ChainBuilder round = exec(requests[0]);
        for (int i = 1; i < requests.length; i++) {
            round = round.exec(requests[i]);
        }
        return scenario(name).exec(signIn(username)).during(duration).on(round).injectOpen(atOnceUsers(USERS));
    }

    private static ChainBuilder signIn(String username) {
        return exec(http("sign in (form)").get("/login")
                        .check(css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http("sign in").post("/login")
                        .formParam("username", username)
                        .formParam("password", BenchmarkTarget.PASSWORD)
                        .formParam("_csrf", "#{csrf}")
                        .check(status().is(302)))
                // the token changes at sign-in; the start page's forms carry the new one
                .exec(http("sign in (start page)").get("/")
                        .check(status().in(200, 302)))
                .exec(http("sign in (token)").get("/account")
                        .check(css("input[name=_csrf]", "value").saveAs("csrf")));
    }
}
