package nl.waakvlam.client;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** What a file view hands the sections: the facts opening the file read, and one read per shared type. */
class FileViewTests {

    record Plans(List<String> signs) {
    }

    record Events(List<String> events) {
    }

    static ClientFile file(Long id, ClientAccess access) {
        return new ClientFile(id, access, 0, null, null, null, 0, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                List.of(), List.of(), null, null);
    }

    static ClientHistory.PhaseRow change(long id, Phase from, Phase to, LocalDate on) {
        return new ClientHistory.PhaseRow(id, from, to, on, null, null, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(id));
    }

    @Test
    void sectionsOfOneViewShareOneReadPerTypeAndAnotherViewReadsAgain() {
        ClientHistory.Rows rows = new ClientHistory.Rows(List.of(), List.of(), List.of());
        FileView view = new FileView(file(7L, ClientAccess.FULL), 3L, 5L, rows);
        AtomicInteger reads = new AtomicInteger();

        Plans first = view.shared(Plans.class, () -> new Plans(List.of("sign " + reads.incrementAndGet())));
        Plans second = view.shared(Plans.class, () -> new Plans(List.of("sign " + reads.incrementAndGet())));
        Events events = view.shared(Events.class, () -> new Events(List.of("event " + reads.incrementAndGet())));
        FileView next = new FileView(file(7L, ClientAccess.FULL), 3L, 5L, rows);
        Plans again = next.shared(Plans.class, () -> new Plans(List.of("sign " + reads.incrementAndGet())));

        assertThat(second).isSameAs(first);
        assertThat(first.signs()).containsExactly("sign 1");
        assertThat(events.events()).containsExactly("event 2");
        assertThat(again.signs()).containsExactly("sign 3");
        assertThat(view.clientId()).isEqualTo(7L);
        assertThat(view.viewerId()).isEqualTo(3L);
        assertThat(view.referrerId()).isEqualTo(5L);
        assertThat(view.access()).isEqualTo(ClientAccess.FULL);
    }

    @Test
    void thePhaseHistoryReadNewestFirstIsGivenOldestFirst() {
        LocalDate start = LocalDate.of(2026, 1, 5);
        ClientHistory.Rows rows = new ClientHistory.Rows(List.of(
                change(3, Phase.INTENSIVE, Phase.SCALING_DOWN, start.plusMonths(6)),
                change(2, Phase.ACCEPTED, Phase.INTENSIVE, start.plusDays(14)),
                change(1, Phase.REFERRED, Phase.ACCEPTED, start)), List.of(), List.of());

        List<PhaseStep> steps = new FileView(file(7L, ClientAccess.METADATA), 3L, null, rows).phaseSteps();

        assertThat(steps).containsExactly(new PhaseStep(Phase.REFERRED, Phase.ACCEPTED, start),
                new PhaseStep(Phase.ACCEPTED, Phase.INTENSIVE, start.plusDays(14)),
                new PhaseStep(Phase.INTENSIVE, Phase.SCALING_DOWN, start.plusMonths(6)));
    }
}
