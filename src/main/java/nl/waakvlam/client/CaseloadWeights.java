package nl.waakvlam.client;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.EnumMap;
import java.util.Map;

/**
 * Weights per phase for the weighted caseload ({@code waakvlam.caseload.weights.INTENSIVE=3}
 * etc.). A client in the intensive phase asks three times what a client at waakvlam asks.
 */
@ConfigurationProperties("waakvlam.caseload")
public class CaseloadWeights {

    private Map<Phase, Integer> weights = new EnumMap<>(Map.of(
            Phase.INTAKE, 2, Phase.INTENSIVE, 3, Phase.SCALING_DOWN, 2, Phase.WAAKVLAM, 1));

    public Map<Phase, Integer> getWeights() {
        return weights;
    }

    public void setWeights(Map<Phase, Integer> weights) {
        this.weights = new EnumMap<>(weights);
    }

    public int weightOf(Phase phase) {
        return weights.getOrDefault(phase, 0);
    }
}
