package nl.waakvlam.client;

import nl.waakvlam.coach.CoachWorkload;
import nl.waakvlam.coach.CoachWorkloads;
import nl.waakvlam.coach.PhaseWeight;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted caseload per coach, aggregated in SQL (two grouped queries for all coaches), for the
 * coach module's overview and the matching shortlist.
 */
@Component
class CoachCapacity implements CoachWorkloads {

    private final ClientRepository clients;
    private final CaseloadWeights weights;

    CoachCapacity(ClientRepository clients, CaseloadWeights weights) {
        this.clients = clients;
        this.weights = weights;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, CoachWorkload> workloads() {
        Map<Long, Map<String, Long>> perCoach = new HashMap<>();
        for (ClientRepository.CoachPhaseCountRow row : clients.countByCoachAndPhase(Phase.COACHED)) {
            perCoach.computeIfAbsent(row.getCoachId(), id -> new LinkedHashMap<>())
                    .put(row.getPhase().name(), row.getClients());
        }
        Map<Long, Long> cover = new HashMap<>();
        clients.countDesignatedCover(Phase.COACHED).forEach(row -> cover.put(row.getCoachId(), row.getClients()));
        Map<Long, CoachWorkload> loads = new HashMap<>();
        perCoach.forEach((coachId, phases) -> loads.put(coachId, new CoachWorkload(coachId, phases,
                phases.entrySet().stream()
                        .mapToInt(e -> weights.weightOf(Phase.valueOf(e.getKey())) * e.getValue().intValue()).sum(),
                cover.getOrDefault(coachId, 0L))));
        cover.forEach((coachId, count) -> loads.putIfAbsent(coachId, new CoachWorkload(coachId, Map.of(), 0, count)));
        return loads;
    }

    @Override
    public List<PhaseWeight> phaseWeights() {
        return Phase.COACHED.stream().map(phase -> new PhaseWeight(phase.name(), weights.weightOf(phase))).toList();
    }
}
