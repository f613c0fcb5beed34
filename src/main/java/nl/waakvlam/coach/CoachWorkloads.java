package nl.waakvlam.coach;

import java.util.List;
import java.util.Map;

/**
 * The caseload of every coach, as the coaches page and the matching shortlist need it. Caseload
 * figures are client data, so the client module implements this; the coach module only declares
 * what it needs, which keeps the dependency running from client to coach.
 */
public interface CoachWorkloads {

    /** Current workload per coach id; coaches without clients are absent. */
    Map<Long, CoachWorkload> workloads();

    /** The coached phases in lifecycle order with their weight in the weighted caseload. */
    List<PhaseWeight> phaseWeights();

    /** How many clients changed coach without the new coach having read the handover yet. */
    long unreadHandovers();

    /** The workload of one coach, or an empty one. */
    default CoachWorkload workloadOf(Map<Long, CoachWorkload> workloads, Long coachId) {
        return workloads.getOrDefault(coachId, CoachWorkload.none(coachId));
    }

    /** The weight of a phase (by name), zero for a phase that is not coached. */
    default int weightOf(String phase) {
        return phaseWeights().stream().filter(w -> w.phase().equals(phase)).mapToInt(PhaseWeight::weight)
                .findFirst().orElse(0);
    }
}
