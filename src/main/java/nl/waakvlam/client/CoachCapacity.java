package nl.waakvlam.client;

import nl.waakvlam.coach.CoachWorkload;
import nl.waakvlam.coach.CoachWorkloads;
import nl.waakvlam.coach.PhaseWeight;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Weighted caseload per coach, aggregated in SQL (two grouped queries for all coaches), for the
 * coach module's overview and the matching shortlist.
 */
@Component
class CoachCapacity implements CoachWorkloads {

    /** The coached phases as an SQL list: enum names, the same in every statement (one plan). */
    private static final String COACHED_PHASES = Phase.COACHED.stream().map(p -> "'" + p.name() + "'")
            .sorted().collect(Collectors.joining(", ", "(", ")"));

    private final JdbcTemplate jdbc;
    private final CaseloadWeights weights;
    private final AssignmentRepository assignments;

    CoachCapacity(JdbcTemplate jdbc, CaseloadWeights weights, AssignmentRepository assignments) {
        this.assignments = assignments;
        this.jdbc = jdbc;
        this.weights = weights;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, CoachWorkload> workloads() {
        Map<Long, Map<String, Long>> perCoach = new HashMap<>();
        // plain rows: for 60 coaches an interface projection's proxies cost more than the grouping itself
        jdbc.query("select coach_id, phase, count(*) from client where coach_id is not null and phase in "
                + COACHED_PHASES + " group by coach_id, phase order by coach_id, phase", rs -> {
            perCoach.computeIfAbsent(rs.getLong(1), id -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3));
        });
        Map<Long, Long> cover = new HashMap<>();
        jdbc.query("select cover_coach_id, count(*) from client where cover_coach_id is not null and phase in "
                + COACHED_PHASES + " group by cover_coach_id", rs -> {
            cover.put(rs.getLong(1), rs.getLong(2));
        });
        Map<Long, CoachWorkload> loads = new HashMap<>();
        perCoach.forEach((coachId, phases) -> loads.put(coachId, new CoachWorkload(coachId, phases,
                phases.entrySet().stream()
                        .mapToInt(e -> weights.weightOf(Phase.valueOf(e.getKey())) * e.getValue().intValue()).sum(),
                cover.getOrDefault(coachId, 0L))));
        cover.forEach((coachId, count) -> loads.putIfAbsent(coachId, new CoachWorkload(coachId, Map.of(), 0, count)));
        return loads;
    }

    @Override
    @Transactional(readOnly = true)
    public long unreadHandovers() {
        return assignments.countUnreadHandovers();
    }

    @Override
    public List<PhaseWeight> phaseWeights() {
        return Phase.COACHED.stream().map(phase -> new PhaseWeight(phase.name(), weights.weightOf(phase))).toList();
    }
}
