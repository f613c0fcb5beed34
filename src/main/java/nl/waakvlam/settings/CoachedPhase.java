package nl.waakvlam.settings;

import java.util.Locale;

/**
 * The phases in which a coach works with a client, each with a default contact rhythm and a caseload
 * weight. The same names as the client module's coached phases (a test keeps them equal): this module
 * sits below {@code client} and cannot name its {@code Phase}. Labels are the phases' ({@code phase.*}).
 */
public enum CoachedPhase {
    INTAKE("Intake"), INTENSIVE("Intensive"), SCALING_DOWN("ScalingDown"), WAAKVLAM("Waakvlam");

    private final String formSuffix;

    CoachedPhase(String formSuffix) {
        this.formSuffix = formSuffix;
    }

    /** The suffix of this phase's fields on the settings form ({@code rhythmIntake}, {@code weightIntake}). */
    public String formSuffix() {
        return formSuffix;
    }

    /** The change log's name for a field of this phase ({@code rhythm_days_scaling_down}). */
    String column(String prefix) {
        return prefix + "_" + name().toLowerCase(Locale.ROOT);
    }
}
