package nl.waakvlam.settings;

import java.util.Map;

/**
 * What the administrator changed against the defaults; a null name or phone, or a phase missing from a
 * map, means the default applies. An empty phone means "no central number", also when one is configured.
 */
record ProgrammeOverrides(String programmeName, String centralPhone, Map<CoachedPhase, Integer> rhythmDays,
                          Map<CoachedPhase, Integer> weights) {
}
