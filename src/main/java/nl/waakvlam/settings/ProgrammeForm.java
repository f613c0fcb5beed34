package nl.waakvlam.settings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.EnumMap;
import java.util.Map;

/**
 * The programme settings on the settings page: name (1–100 characters), central phone (loose: digits,
 * spaces and the usual signs; empty for none), contact rhythm per phase (1–365 days) and caseload
 * weight per phase (0–10). One field per phase, so that each error sits next to its own input.
 */
class ProgrammeForm {

    private long version;
    @NotBlank
    @Size(max = 100)
    private String programmeName;
    @Size(max = 40)
    @Pattern(regexp = "^$|^[0-9+() ./-]{6,40}$")
    private String centralPhone;
    @NotNull
    @Min(1)
    @Max(365)
    private Integer rhythmIntake;
    @NotNull
    @Min(1)
    @Max(365)
    private Integer rhythmIntensive;
    @NotNull
    @Min(1)
    @Max(365)
    private Integer rhythmScalingDown;
    @NotNull
    @Min(1)
    @Max(365)
    private Integer rhythmWaakvlam;
    @NotNull
    @Min(0)
    @Max(10)
    private Integer weightIntake;
    @NotNull
    @Min(0)
    @Max(10)
    private Integer weightIntensive;
    @NotNull
    @Min(0)
    @Max(10)
    private Integer weightScalingDown;
    @NotNull
    @Min(0)
    @Max(10)
    private Integer weightWaakvlam;

    static ProgrammeForm of(ProgrammeSettings.Values values, long version) {
        ProgrammeForm form = new ProgrammeForm();
        form.version = version;
        form.programmeName = values.programmeName();
        form.centralPhone = values.centralPhone();
        form.rhythmIntake = values.rhythmDays(CoachedPhase.INTAKE);
        form.rhythmIntensive = values.rhythmDays(CoachedPhase.INTENSIVE);
        form.rhythmScalingDown = values.rhythmDays(CoachedPhase.SCALING_DOWN);
        form.rhythmWaakvlam = values.rhythmDays(CoachedPhase.WAAKVLAM);
        form.weightIntake = values.weight(CoachedPhase.INTAKE);
        form.weightIntensive = values.weight(CoachedPhase.INTENSIVE);
        form.weightScalingDown = values.weight(CoachedPhase.SCALING_DOWN);
        form.weightWaakvlam = values.weight(CoachedPhase.WAAKVLAM);
        return form;
    }

    ProgrammeCommand toCommand() {
        Map<CoachedPhase, Integer> rhythm = new EnumMap<>(Map.of(CoachedPhase.INTAKE, rhythmIntake,
                CoachedPhase.INTENSIVE, rhythmIntensive, CoachedPhase.SCALING_DOWN, rhythmScalingDown,
                CoachedPhase.WAAKVLAM, rhythmWaakvlam));
        Map<CoachedPhase, Integer> weights = new EnumMap<>(Map.of(CoachedPhase.INTAKE, weightIntake,
                CoachedPhase.INTENSIVE, weightIntensive, CoachedPhase.SCALING_DOWN, weightScalingDown,
                CoachedPhase.WAAKVLAM, weightWaakvlam));
        return new ProgrammeCommand(programmeName, centralPhone, rhythm, weights);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getProgrammeName() {
        return programmeName;
    }

    public void setProgrammeName(String programmeName) {
        this.programmeName = programmeName;
    }

    public String getCentralPhone() {
        return centralPhone;
    }

    public void setCentralPhone(String centralPhone) {
        this.centralPhone = centralPhone;
    }

    public Integer getRhythmIntake() {
        return rhythmIntake;
    }

    public void setRhythmIntake(Integer rhythmIntake) {
        this.rhythmIntake = rhythmIntake;
    }

    public Integer getRhythmIntensive() {
        return rhythmIntensive;
    }

    public void setRhythmIntensive(Integer rhythmIntensive) {
        this.rhythmIntensive = rhythmIntensive;
    }

    public Integer getRhythmScalingDown() {
        return rhythmScalingDown;
    }

    public void setRhythmScalingDown(Integer rhythmScalingDown) {
        this.rhythmScalingDown = rhythmScalingDown;
    }

    public Integer getRhythmWaakvlam() {
        return rhythmWaakvlam;
    }

    public void setRhythmWaakvlam(Integer rhythmWaakvlam) {
        this.rhythmWaakvlam = rhythmWaakvlam;
    }

    public Integer getWeightIntake() {
        return weightIntake;
    }

    public void setWeightIntake(Integer weightIntake) {
        this.weightIntake = weightIntake;
    }

    public Integer getWeightIntensive() {
        return weightIntensive;
    }

    public void setWeightIntensive(Integer weightIntensive) {
        this.weightIntensive = weightIntensive;
    }

    public Integer getWeightScalingDown() {
        return weightScalingDown;
    }

    public void setWeightScalingDown(Integer weightScalingDown) {
        this.weightScalingDown = weightScalingDown;
    }

    public Integer getWeightWaakvlam() {
        return weightWaakvlam;
    }

    public void setWeightWaakvlam(Integer weightWaakvlam) {
        this.weightWaakvlam = weightWaakvlam;
    }
}
