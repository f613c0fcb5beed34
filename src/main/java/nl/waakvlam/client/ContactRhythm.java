package nl.waakvlam.client;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.EnumMap;
import java.util.Map;

/**
 * Default minimum contact rhythm per phase in days ({@code waakvlam.rhythm.days.WAAKVLAM=28}).
 * A client can have its own rhythm, set with a reason on the client file.
 */
@ConfigurationProperties("waakvlam.rhythm")
public class ContactRhythm {

    private Map<Phase, Integer> days = new EnumMap<>(Map.of(
            Phase.INTAKE, 7, Phase.INTENSIVE, 7, Phase.SCALING_DOWN, 14, Phase.WAAKVLAM, 28));

    public Map<Phase, Integer> getDays() {
        return days;
    }

    public void setDays(Map<Phase, Integer> days) {
        this.days = new EnumMap<>(days);
    }

    /**
     * The rhythm that applies: the client's own agreement, else the phase default; null outside
     * the coached phases.
     */
    public Integer effective(Phase phase, Integer ownDays) {
        if (!Phase.COACHED.contains(phase)) {
            return null;
        }
        return ownDays != null ? ownDays : defaultFor(phase);
    }

    /** The default for a phase, or null when the phase has no rhythm (not being coached). */
    public Integer defaultFor(Phase phase) {
        return days.get(phase);
    }
}
