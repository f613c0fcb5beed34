package nl.waakvlam.client;

import nl.waakvlam.reference.ReferenceData;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Phase changes on the client timeline (not for referrers: reasons are working information). */
@Component
class PhaseTimelineSource implements TimelineSource {

    private final ClientQueries queries;
    private final ReferenceData referenceData;
    private final Clock clock;

    PhaseTimelineSource(ClientQueries queries, ReferenceData referenceData, Clock clock) {
        this.queries = queries;
        this.referenceData = referenceData;
        this.clock = clock;
    }

    /** A phase change as shown on the timeline. */
    public record PhaseItem(Phase from, Phase to, LocalDate on, PhaseReason reason) {
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> entries(FileView file, TimelineFilter filter, Instant before, int limit) {
        if (file.access() == ClientAccess.REFERRER || !filter.isEmpty()) {
            return List.of();
        }
        // a client's phase history is short, and opening the file has read all of it for its header:
        // the timeline takes its part of that instead of asking again
        return file.history().phases().stream()
                .filter(p -> p.recordedAt().isBefore(before))
                .sorted(Comparator.comparing(ClientHistory.PhaseRow::recordedAt)
                        .thenComparing(ClientHistory.PhaseRow::id).reversed())
                .limit(limit)
                .map(p -> new TimelineEntry(p.recordedAt(), p.id(), "client/timeline-phase :: entry",
                        new PhaseItem(p.fromPhase(), p.toPhase(), p.changedOn(),
                                PhaseReason.of(p.reason(), referenceData)))).toList();
    }
}
