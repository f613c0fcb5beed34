package nl.waakvlam.client;

import nl.waakvlam.settings.CoachedPhase;
import nl.waakvlam.settings.ProgrammeSettings;
import org.springframework.stereotype.Component;

/**
 * Weights per phase for the weighted caseload: a client in the intensive phase asks three times what a
 * client at waakvlam asks. Programme settings ({@code WAAKVLAM_CASELOAD_WEIGHTS_<PHASE>}, changed by the
 * administrator), asked on every call, so a change shows on the next request.
 */
@Component
public class CaseloadWeights {

    private final ProgrammeSettings settings;

    CaseloadWeights(ProgrammeSettings settings) {
        this.settings = settings;
    }

    /** The weight of a phase; 0 outside the coached phases. */
    public int weightOf(Phase phase) {
        return Phase.COACHED.contains(phase) ? settings.current().weight(CoachedPhase.valueOf(phase.name())) : 0;
    }
}
