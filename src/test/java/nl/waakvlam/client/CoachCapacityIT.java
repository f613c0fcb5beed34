package nl.waakvlam.client;

import nl.waakvlam.coach.CoachWorkload;
import nl.waakvlam.coach.CoachWorkloads;
import nl.waakvlam.coach.PhaseWeight;
import nl.waakvlam.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The weighted caseload of every coach, as the coaches page and the matching shortlist show it. */
@IntegrationTest
class CoachCapacityIT {

    @Autowired
    CoachWorkloads capacity;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyCoachsWorkloadCountsTheirCoachedClientsPerPhaseWeightedAndTheirDesignatedCover() {
        Map<String, Integer> weights = capacity.phaseWeights().stream()
                .collect(Collectors.toMap(PhaseWeight::phase, PhaseWeight::weight));
        Map<Long, CoachWorkload> workloads = capacity.workloads();

        Map<Long, Map<String, Long>> expected = new HashMap<>();
        jdbc.query("select coach_id, phase, count(*) from client where coach_id is not null "
                + "and phase in ('INTAKE', 'INTENSIVE', 'SCALING_DOWN', 'WAAKVLAM') group by coach_id, phase",
                rs -> {
                    expected.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
                });
        assertThat(expected).isNotEmpty();
        expected.forEach((coachId, phases) -> {
            CoachWorkload load = workloads.get(coachId);
            assertThat(load.clientsPerPhase()).as("coach %d", coachId).isEqualTo(phases);
            assertThat(load.weighted()).as("coach %d", coachId).isEqualTo(phases.entrySet().stream()
                    .mapToInt(e -> weights.get(e.getKey()) * e.getValue().intValue()).sum());
            assertThat(load.designatedCover()).as("coach %d", coachId).isEqualTo(jdbc.queryForObject(
                    "select count(*) from client where cover_coach_id = ? "
                            + "and phase in ('INTAKE', 'INTENSIVE', 'SCALING_DOWN', 'WAAKVLAM')", Long.class, coachId));
        });
        assertThat(workloads.keySet()).containsAll(expected.keySet());
    }
}
