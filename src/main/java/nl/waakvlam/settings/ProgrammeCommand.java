package nl.waakvlam.settings;

import java.util.Map;

/** The programme settings as the administrator saved them: every setting, changed or not. */
record ProgrammeCommand(String programmeName, String centralPhone, Map<CoachedPhase, Integer> rhythmDays,
                        Map<CoachedPhase, Integer> weights) {
}
