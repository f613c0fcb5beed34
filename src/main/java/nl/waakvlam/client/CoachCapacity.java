package nl.waakvlam.client;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** Weighted caseload per coach, aggregated in SQL (two grouped queries for all coaches). */
@Component
class CoachCapacity {

    private final ClientRepository clients;
    private final CaseloadWeights weights;

    CoachCapacity(ClientRepository clients, CaseloadWeights weights) {
        this.clients = clients;
        this.weights = weights;
    }

    @Transactional(readOnly = true)
    Map<Long, CoachLoad> loads() {
        Map<Long, Map<Phase, Long>> perCoach = new HashMap<>();
        for (ClientRepository.CoachPhaseCountRow row : clients.countByCoachAndPhase(Phase.COACHED)) {
            perCoach.computeIfAbsent(row.getCoachId(), id -> new EnumMap<>(Phase.class))
                    .put(row.getPhase(), row.getClients());
        }
        Map<Long, Long> cover = new HashMap<>();
        clients.countDesignatedCover(Phase.COACHED).forEach(row -> cover.put(row.getCoachId(), row.getClients()));
        Map<Long, CoachLoad> loads = new HashMap<>();
        perCoach.forEach((coachId, phases) -> loads.put(coachId, new CoachLoad(coachId, phases,
                phases.entrySet().stream().mapToInt(e -> weights.weightOf(e.getKey()) * e.getValue().intValue()).sum(),
                cover.getOrDefault(coachId, 0L))));
        cover.forEach((coachId, count) -> loads.putIfAbsent(coachId,
                new CoachLoad(coachId, new EnumMap<>(Phase.class), 0, count)));
        return loads;
    }

    CoachLoad loadOf(Map<Long, CoachLoad> loads, Long coachId) {
        return loads.getOrDefault(coachId, new CoachLoad(coachId, new EnumMap<>(Phase.class), 0, 0));
    }

    int weightOf(Phase phase) {
        return weights.weightOf(phase);
    }
}
