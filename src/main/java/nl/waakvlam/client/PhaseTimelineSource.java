package nl.waakvlam.client;

import nl.waakvlam.reference.ReferenceData;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Phase changes on the client timeline (not for referrers: reasons are working information). */
@Component
class PhaseTimelineSource implements TimelineSource {

    private final PhaseChangeRepository phaseChanges;
    private final ReferenceData referenceData;
    private final Clock clock;

    PhaseTimelineSource(PhaseChangeRepository phaseChanges, ReferenceData referenceData, Clock clock) {
        this.phaseChanges = phaseChanges;
        this.referenceData = referenceData;
        this.clock = clock;
    }

    /** A phase change as shown on the timeline. */
    public record PhaseItem(Phase from, Phase to, LocalDate on, PhaseReason reason) {
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> entries(Long clientId, Long viewerId, ClientAccess access, TimelineFilter filter,
                                       Instant before, int limit) {
        if (access == ClientAccess.REFERRER || !filter.isEmpty()) {
            return List.of();
        }
        return phaseChanges.timeline(clientId, before, PageRequest.of(0, limit))
                .stream().map(p -> new TimelineEntry(p.getRecordedAt(), p.getId(), "client/timeline-phase :: entry",
                        new PhaseItem(p.getFromPhase(), p.getToPhase(), p.getChangedOn(),
                                PhaseReason.of(p.getReason(), referenceData)))).toList();
    }
}
