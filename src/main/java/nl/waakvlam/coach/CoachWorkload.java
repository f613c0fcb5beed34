package nl.waakvlam.coach;

import java.util.Map;

/**
 * A coach's current caseload: clients per coached phase (by phase name), the weighted total and
 * the clients for whom the coach is the designated cover.
 */
public record CoachWorkload(Long coachId, Map<String, Long> clientsPerPhase, int weighted, long designatedCover) {

    static CoachWorkload none(Long coachId) {
        return new CoachWorkload(coachId, Map.of(), 0, 0);
    }

    public long clients() {
        return clientsPerPhase.values().stream().mapToLong(Long::longValue).sum();
    }

    public long inPhase(String phase) {
        return clientsPerPhase.getOrDefault(phase, 0L);
    }

    /** Share of capacity in use, 0–100+ (over 100 is over capacity). */
    public int percentOf(int maxCaseload) {
        return maxCaseload <= 0 ? 100 : Math.round(100f * weighted / maxCaseload);
    }
}
