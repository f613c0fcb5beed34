package nl.waakvlam.client;

import nl.waakvlam.settings.CoachedPhase;
import nl.waakvlam.settings.ProgrammeSettings;
import org.springframework.stereotype.Component;

/**
 * The minimum contact rhythm in days: a client's own agreement (set with a reason on the client file),
 * else the default of its phase. The defaults are programme settings ({@code WAAKVLAM_RHYTHM_DAYS_<PHASE>},
 * changed by the administrator), asked on every call, so a change shows on the next request.
 */
@Component
public class ContactRhythm {

    private final ProgrammeSettings settings;

    ContactRhythm(ProgrammeSettings settings) {
        this.settings = settings;
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
        return Phase.COACHED.contains(phase) ? settings.current().rhythmDays(CoachedPhase.valueOf(phase.name()))
                : null;
    }
}
