package nl.waakvlam.shared.web;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import nl.waakvlam.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static nl.waakvlam.support.Sessions.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages opened all day render without an exception being thrown and caught inside the template
 * engine, which costs its stack trace every time. Two kinds were found under load (docs/performance.md):
 * Thymeleaf's {@code +} first tries a text starting with a digit (a date, "45 min") as a number; and
 * one expression text shared by values of different types (the client file's sections all named their
 * value {@code data}) made SpEL's compiled form fail, fall back and compile again, over and over. The
 * pages are rendered often enough for SpEL to compile (it does after a hundred evaluations of an
 * expression), with the exceptions recorded by Flight Recorder.
 */
@IntegrationTest
class RenderingWithoutExceptionsIT {

    /** Thrown again on every render; the engine's other exceptions are one-off look-ups on first use. */
    static final Set<String> COSTLY = Set.of("java.lang.NumberFormatException", "java.lang.ClassCastException");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theBusiestPagesRenderWithoutExceptionsInsideTheTemplateEngine() throws Exception {
        Long client = jdbc.queryForObject("""
                select c.id from client c join user_account u on u.id = c.coach_id
                where u.username = 'coach1' and c.phase in ('INTENSIVE', 'SCALING_DOWN', 'WAAKVLAM')
                order by (select count(*) from client_event e where e.client_id = c.id) desc, c.id limit 1""",
                Long.class);
        MockHttpSession coach = login(mvc, "coach1");
        MockHttpSession leader = login(mvc, "projectleider");
        Map<String, MockHttpSession> pages = Map.of("/caseload", coach, "/clients/" + client, coach,
                "/dashboard", leader, "/intake", leader);
        for (Map.Entry<String, MockHttpSession> page : pages.entrySet()) {
            render(page.getKey(), page.getValue()); // first renders load classes and fill caches
        }
        render("/clients/" + client, leader);

        Path file = Files.createTempFile("rendering", ".jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.JavaExceptionThrow").withStackTrace();
            recording.start();
            for (int round = 0; round < 20; round++) {
                for (Map.Entry<String, MockHttpSession> page : pages.entrySet()) {
                    render(page.getKey(), page.getValue());
                }
                render("/clients/" + client, leader);
            }
            recording.stop();
            recording.dump(file);
        }
        List<String> thrown = RecordingFile.readAllEvents(file).stream()
                .filter(RenderingWithoutExceptionsIT::insideTheTemplateEngine)
                .filter(event -> COSTLY.contains(event.getClass("thrownClass").getName()))
                .map(event -> event.getClass("thrownClass").getName() + ": " + event.getString("message"))
                .distinct().toList();
        Files.delete(file);
        assertThat(thrown).isEmpty();
    }

    private void render(String path, MockHttpSession session) throws Exception {
        mvc.perform(get(path).session(session)).andExpect(status().isOk());
    }

    private static boolean insideTheTemplateEngine(RecordedEvent event) {
        return event.getStackTrace() != null && event.getStackTrace().getFrames().stream()
                .map(RecordedFrame::getMethod)
                .anyMatch(method -> method.getType().getName().startsWith("org.thymeleaf.")
                        || method.getType().getName().startsWith("org.springframework.expression."));
    }
}
