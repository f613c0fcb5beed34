package nl.waakvlam.client;

import java.util.Map;

/** A coach's current caseload: clients per phase, the weighted total, and designated cover. */
public record CoachLoad(Long coachId, Map<Phase, Long> clientsPerPhase, int weighted, long designatedCover) {

    public long clients() {
        return clientsPerPhase.values().stream().mapToLong(Long::longValue).sum();
    }

    public long inPhase(Phase phase) {
        return clientsPerPhase.getOrDefault(phase, 0L);
    }

    /** Share of capacity in use, 0–100+ (over 100 is over capacity). */
    public int percentOf(int maxCaseload) {
        return maxCaseload <= 0 ? 100 : Math.round(100f * weighted / maxCaseload);
    }
}
