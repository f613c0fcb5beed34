package nl.waakvlam.operations;

import io.micrometer.core.instrument.MeterRegistry;
import nl.waakvlam.support.FullSuite;
import nl.waakvlam.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances on one PostgreSQL, as behind a load balancer: a session started on one
 * continues on the other, a change to the kept instrument catalogue on one is seen by the other on its
 * next request, and the daily reminders started on both at the same moment are written once. The first
 * instance loads the demo programme; only the first has a metrics token.
 */
@FullSuite
class TwoInstancesIT {

    static final String METRICS_TOKEN = "scrape-token-for-the-test-0123456789";

    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstances() {
        String url = TestDatabase.database("two_instances").url();
        first = Instances.start(url, Map.of("waakvlam.demo.enabled", "true", "waakvlam.metrics.token", METRICS_TOKEN));
        second = Instances.start(url, Map.of());
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void aSessionStartedOnOneInstanceContinuesOnTheOther() throws Exception {
        HttpVisitor coach = new HttpVisitor();
        assertThat(coach.signIn(port(first), "coach1").statusCode()).isEqualTo(302);
        String session = coach.session();
        assertThat(session).isNotNull();

        HttpResponse<String> caseload = coach.get(port(second), "/caseload");
        assertThat(caseload.statusCode()).isEqualTo(200);
        assertThat(caseload.body()).contains("href=\"/caseload/week\"");

        // the CSRF token of a page from the second instance is good on the first: it is in the shared session
        coach.get(port(second), "/account");
        assertThat(coach.post(port(first), "/logout", Map.of()).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?logout"));
        assertThat(coach.get(port(second), "/caseload").headers().firstValue("Location"))
                .as("signed out on the first, so also on the second")
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void anInstrumentSwitchedOnThroughOneInstanceIsOnInTheOtherOnItsNextRequest() throws Exception {
        HttpVisitor admin = new HttpVisitor();
        admin.signIn(port(first), "beheerder");
        Instrument chosen = instruments(admin.get(port(first), "/admin/instruments").body()).get(0);
        if (chosen.enabled()) {
            switchInstrument(admin, first, chosen, false);
        }
        // the second instance reads the catalogue with the instrument off, and keeps it
        Instrument off = instrument(admin, second, chosen.id());
        assertThat(off.enabled()).isFalse();
        assertThat(instrument(admin, second, chosen.id())).isEqualTo(off);

        switchInstrument(admin, first, off, true);
        assertThat(instrument(admin, second, chosen.id()).enabled()).as("on in the second on its next request").isTrue();

        // and the other way round
        switchInstrument(admin, second, instrument(admin, second, chosen.id()), false);
        assertThat(instrument(admin, first, chosen.id()).enabled()).isFalse();
        if (chosen.enabled()) {
            switchInstrument(admin, second, instrument(admin, second, chosen.id()), true);
        }
    }

    private static Instrument instrument(HttpVisitor admin, ConfigurableApplicationContext instance, long id)
            throws Exception {
        return instruments(admin.get(port(instance), "/admin/instruments").body()).stream()
                .filter(i -> i.id() == id).findFirst().orElseThrow();
    }

    private static void switchInstrument(HttpVisitor admin, ConfigurableApplicationContext instance,
                                         Instrument instrument, boolean on) throws Exception {
        admin.get(port(instance), "/admin/instruments");
        HttpResponse<String> switched = admin.post(port(instance), "/admin/instruments/" + instrument.id(),
                Map.of("enabled", String.valueOf(on), "version", String.valueOf(instrument.version())));
        assertThat(switched.statusCode()).isEqualTo(302);
    }

    @Test
    void theDailyRemindersStartedOnBothInstancesAtOnceAreWrittenOnce() throws Exception {
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        jdbc.update("delete from notification where type in ('FEEDBACK_DUE', 'FOLLOW_UP_DUE')");
        double sentBefore = sent(first) + sent(second);
        double firstBefore = sent(first);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = List.of(
                    threads.submit(() -> runAfter(start, reminderJob(first))),
                    threads.submit(() -> runAfter(start, reminderJob(second))));
            start.countDown();
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        Integer reminders = jdbc.queryForObject(
                "select count(*) from notification where type in ('FEEDBACK_DUE', 'FOLLOW_UP_DUE')", Integer.class);
        assertThat(reminders).as("the demo programme has follow-ups and feedback due").isPositive();
        assertThat(jdbc.queryForList("select user_id, type, link from notification "
                + "where type in ('FEEDBACK_DUE', 'FOLLOW_UP_DUE') group by user_id, type, link having count(*) > 1"))
                .as("no reminder twice").isEmpty();
        double sentNow = sent(first) + sent(second);
        assertThat(sentNow - sentBefore).isEqualTo(reminders.doubleValue());
        assertThat(sent(first) - firstBefore).as("one instance wrote them all, the other none")
                .isIn(0.0, reminders.doubleValue());
    }

    @Test
    void prometheusAnswersOnlyWithTheConfiguredTokenAndCountsWhatHappened() throws Exception {
        HttpVisitor scraper = new HttpVisitor();
        // a failed sign-in, counted
        scraper.signIn(port(first), "coach2", "not-the-password");

        assertThat(scraper.get(port(first), "/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(scraper.get(port(first), "/actuator/prometheus", "Authorization", "Bearer wrong").statusCode())
                .isEqualTo(401);
        assertThat(scraper.get(port(second), "/actuator/prometheus", "Authorization", "Bearer " + METRICS_TOKEN)
                .statusCode()).as("no token configured on the second: no endpoint").isEqualTo(404);

        HttpVisitor coach = new HttpVisitor();
        coach.signIn(port(first), "coach1");
        coach.get(port(first), "/caseload");

        HttpResponse<String> metrics = scraper.get(port(first), "/actuator/prometheus", "Authorization",
                "Bearer " + METRICS_TOKEN);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("waakvlam_contacts_logged_total")
                .contains("waakvlam_reminders_sent_total")
                .containsPattern("waakvlam_sign_ins_failed_total\\{[^}]*} [1-9]")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/caseload\"")
                .contains("hikaricp_connections_active")
                .contains("jvm_memory_used_bytes");
    }

    @Test
    void theStructuredLogOfACoachsJourneyNamesNoClient() throws Exception {
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        List<String> names = jdbc.queryForList("select first_name || ' ' || last_name from client", String.class);
        names.addAll(jdbc.queryForList("select last_name from client", String.class));
        assertThat(names).as("the demo programme's clients").hasSizeGreaterThan(20);
        Long domain = jdbc.queryForObject("select id from life_domain where code = 'FINANCES'", Long.class);

        String log;
        try (CapturedLog captured = CapturedLog.json(first, "nl.waakvlam")) {
            HttpVisitor coach = new HttpVisitor();
            coach.signIn(port(first), "coach1");
            String caseload = coach.get(port(second), "/caseload").body();
            List<String> clients = Pattern.compile("href=\"/clients/(\\d+)\"").matcher(caseload).results()
                    .map(match -> match.group(1)).distinct().toList();
            assertThat(clients).isNotEmpty();
            for (String client : clients) {
                assertThat(coach.get(port(first), "/clients/" + client).statusCode()).isEqualTo(200);
            }
            String client = clients.get(0);
            coach.get(port(first), "/clients/" + client + "/contacts/new");
            HttpResponse<String> logged = coach.post(port(first), "/clients/" + client + "/contacts/new", Map.of(
                    "occurredAt", java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/Amsterdam"))
                            .withSecond(0).withNano(0).toString(),
                    "outcome", "REACHED", "type", "PHONE", "lifeDomainIds", domain.toString(),
                    "privateNote", "Betalingsregeling besproken."));
            assertThat(logged.statusCode()).isEqualTo(302);
            coach.get(port(first), "/clients?q=" + names.get(0).split(" ")[0]);
            log = captured.text();
        }

        assertThat(log).as("JSON lines with the request id").contains("\"requestId\":\"")
                .contains("\"ecs\":{\"version\"").contains("/contacts/new");
        for (String name : names) {
            assertThat(log).as("the log never names a client").doesNotContain(name);
        }
        assertThat(log).doesNotContain("Betalingsregeling");
    }

    record Instrument(long id, long version, boolean enabled) {
    }

    private static final Pattern INSTRUMENT_FORM = Pattern.compile(
            "action=\"/admin/instruments/(\\d+)\"[^>]*>(?:(?!</form>)[\\s\\S])*?"
                    + "name=\"version\" value=\"(\\d+)\"(?:(?!</form>)[\\s\\S])*?name=\"enabled\" value=\"(true|false)\"");

    /** The instruments as the page shows them; the form's hidden field offers the opposite of the state. */
    static List<Instrument> instruments(String page) {
        Matcher matcher = INSTRUMENT_FORM.matcher(page);
        List<Instrument> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            found.add(new Instrument(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)),
                    matcher.group(3).equals("false")));
        }
        assertThat(found).as("instruments on the page %s", page).isNotEmpty();
        return found;
    }

    /** The reminder job exactly as the scheduler runs it (through the bean, so with its cluster-wide lock). */
    static Runnable reminderJob(ConfigurableApplicationContext context) {
        return context.getBeansOfType(ScheduledTaskHolder.class).values().stream()
                .flatMap(holder -> holder.getScheduledTasks().stream())
                .map(ScheduledTask::getTask)
                .map(task -> task.getRunnable())
                // the scheduler may wrap the method's runnable; each names the method it runs
                .filter(runnable -> runnable.toString().endsWith("DueReminders.remind"))
                .findFirst().orElseThrow();
    }

    private static Void runAfter(CountDownLatch start, Runnable job) throws InterruptedException {
        start.await();
        job.run();
        return null;
    }

    private static double sent(ConfigurableApplicationContext context) {
        return context.getBean(MeterRegistry.class).counter("waakvlam.reminders.sent").count();
    }

    private static int port(ConfigurableApplicationContext context) {
        return Instances.port(context);
    }
}
