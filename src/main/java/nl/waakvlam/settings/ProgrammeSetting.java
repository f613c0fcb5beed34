package nl.waakvlam.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * The administrator's overrides of the programme settings: one row, each column null while the
 * configured default applies.
 */
@Entity
@Table(name = "programme_setting")
class ProgrammeSetting {

    static final int THE_ROW = 1;

    @Id
    private Integer id;

    @Column(name = "programme_name")
    private String programmeName;

    @Column(name = "central_phone")
    private String centralPhone;

    @Column(name = "rhythm_days_intake")
    private Integer rhythmDaysIntake;

    @Column(name = "rhythm_days_intensive")
    private Integer rhythmDaysIntensive;

    @Column(name = "rhythm_days_scaling_down")
    private Integer rhythmDaysScalingDown;

    @Column(name = "rhythm_days_waakvlam")
    private Integer rhythmDaysWaakvlam;

    @Column(name = "weight_intake")
    private Integer weightIntake;

    @Column(name = "weight_intensive")
    private Integer weightIntensive;

    @Column(name = "weight_scaling_down")
    private Integer weightScalingDown;

    @Column(name = "weight_waakvlam")
    private Integer weightWaakvlam;

    @Column(name = "second_factor_coaches_referrers")
    private Boolean secondFactorCoachesReferrers;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Version
    private long version;

    protected ProgrammeSetting() {
    }

    /** Replaces every override at once (null: back to the default), as one administrator saved them. */
    void override(ProgrammeOverrides overrides, Long by, Instant at) {
        programmeName = overrides.programmeName();
        centralPhone = overrides.centralPhone();
        rhythmDaysIntake = overrides.rhythmDays().get(CoachedPhase.INTAKE);
        rhythmDaysIntensive = overrides.rhythmDays().get(CoachedPhase.INTENSIVE);
        rhythmDaysScalingDown = overrides.rhythmDays().get(CoachedPhase.SCALING_DOWN);
        rhythmDaysWaakvlam = overrides.rhythmDays().get(CoachedPhase.WAAKVLAM);
        weightIntake = overrides.weights().get(CoachedPhase.INTAKE);
        weightIntensive = overrides.weights().get(CoachedPhase.INTENSIVE);
        weightScalingDown = overrides.weights().get(CoachedPhase.SCALING_DOWN);
        weightWaakvlam = overrides.weights().get(CoachedPhase.WAAKVLAM);
        updatedBy = by;
        updatedAt = at;
    }

    ProgrammeOverrides overrides() {
        Map<CoachedPhase, Integer> rhythm = new EnumMap<>(CoachedPhase.class);
        put(rhythm, CoachedPhase.INTAKE, rhythmDaysIntake);
        put(rhythm, CoachedPhase.INTENSIVE, rhythmDaysIntensive);
        put(rhythm, CoachedPhase.SCALING_DOWN, rhythmDaysScalingDown);
        put(rhythm, CoachedPhase.WAAKVLAM, rhythmDaysWaakvlam);
        Map<CoachedPhase, Integer> weights = new EnumMap<>(CoachedPhase.class);
        put(weights, CoachedPhase.INTAKE, weightIntake);
        put(weights, CoachedPhase.INTENSIVE, weightIntensive);
        put(weights, CoachedPhase.SCALING_DOWN, weightScalingDown);
        put(weights, CoachedPhase.WAAKVLAM, weightWaakvlam);
        return new ProgrammeOverrides(programmeName, centralPhone, rhythm, weights);
    }

    private static void put(Map<CoachedPhase, Integer> map, CoachedPhase phase, Integer value) {
        if (value != null) {
            map.put(phase, value);
        }
    }

    long getVersion() {
        return version;
    }

    /** Null: the configured default. */
    Boolean getSecondFactorCoachesReferrers() {
        return secondFactorCoachesReferrers;
    }

    void requireSecondFactor(Boolean required, Long by, Instant at) {
        secondFactorCoachesReferrers = required;
        updatedBy = by;
        updatedAt = at;
    }
}
