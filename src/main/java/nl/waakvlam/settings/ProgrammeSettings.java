package nl.waakvlam.settings;

import nl.waakvlam.shared.DataVersions;
import nl.waakvlam.shared.KeptValue;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The programme settings as they apply now: the administrator's overrides over the configured
 * defaults. Read once and kept; a change forgets the kept copy ({@link #refresh()}), so every reader
 * that asks on each request — the contact rhythm, the caseload weights, the central phone shown to
 * referrers, the PDF letterhead — sees it on the next request, without a restart.
 */
@Service
public class ProgrammeSettings {

    private final ProgrammeSettingRepository settings;
    private final ProgrammeDefaults defaults;
    private final KeptValue<Values> current;
    private final KeptValue<Boolean> secondFactor;
    private final boolean secondFactorDefault;

    ProgrammeSettings(ProgrammeSettingRepository settings, ProgrammeDefaults defaults, Environment environment,
                      DataVersions versions) {
        this.settings = settings;
        this.defaults = defaults;
        this.current = versions.keep("settings", this::load);
        this.secondFactor = versions.keep("settings", this::loadSecondFactor);
        this.secondFactorDefault = environment.getProperty("waakvlam.mfa.coaches-and-referrers", Boolean.class, true);
    }

    /** Whether coaches and referrers must use a second factor (the project leader and administrator always). */
    public boolean secondFactorForCoachesAndReferrers() {
        return secondFactor.get();
    }

    /** The configured default of that setting. */
    public boolean secondFactorDefault() {
        return secondFactorDefault;
    }

    private Boolean loadSecondFactor() {
        Boolean chosen = settings.findById(ProgrammeSetting.THE_ROW)
                .map(ProgrammeSetting::getSecondFactorCoachesReferrers).orElse(null);
        return chosen != null ? chosen : secondFactorDefault;
    }

    /** The settings in force. */
    public Values current() {
        return current.get();
    }

    /** The configured defaults, shown next to each setting on the settings page. */
    public Values defaults() {
        return effective(new ProgrammeOverrides(null, null, Map.of(), Map.of()));
    }

    /**
     * Forgets the kept settings so the next request reads them anew (inside a transaction once more
     * when it ends), here and, from their next request, on every other application instance.
     */
    @Transactional
    void refresh() {
        current.forget();
        secondFactor.forget();
    }

    private Values load() {
        return settings.findById(ProgrammeSetting.THE_ROW).map(ProgrammeSetting::overrides)
                .map(this::effective).orElseGet(this::defaults);
    }

    Values effective(ProgrammeOverrides overrides) {
        Map<CoachedPhase, Integer> rhythm = new EnumMap<>(defaults.getRhythm().getDays());
        rhythm.putAll(overrides.rhythmDays());
        Map<CoachedPhase, Integer> weights = new EnumMap<>(defaults.getCaseload().getWeights());
        weights.putAll(overrides.weights());
        String phone = overrides.centralPhone() != null ? overrides.centralPhone() : defaults.getCentralPhone();
        return new Values(overrides.programmeName() != null ? overrides.programmeName() : defaults.getProgrammeName(),
                phone == null || phone.isBlank() ? null : phone.strip(), Collections.unmodifiableMap(rhythm),
                Collections.unmodifiableMap(weights));
    }

    /**
     * Settings in force. {@code centralPhone} is null when the programme has no central number; a
     * phase without a configured rhythm has none (null).
     */
    public record Values(String programmeName, String centralPhone, Map<CoachedPhase, Integer> rhythmDays,
                         Map<CoachedPhase, Integer> weights) {

        /** The default minimum contact rhythm of a coached phase, in days. */
        public Integer rhythmDays(CoachedPhase phase) {
            return rhythmDays.get(phase);
        }

        /** The caseload weight of a coached phase (0 when none is configured). */
        public int weight(CoachedPhase phase) {
            return weights.getOrDefault(phase, 0);
        }
    }
}
