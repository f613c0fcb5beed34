package nl.waakvlam.settings;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.EnumMap;
import java.util.Map;

/**
 * The programme settings as configured ({@code WAAKVLAM_PROGRAMME_NAME}, {@code WAAKVLAM_CENTRAL_PHONE},
 * {@code WAAKVLAM_RHYTHM_DAYS_<PHASE>}, {@code WAAKVLAM_CASELOAD_WEIGHTS_<PHASE>}): the defaults that
 * apply until the administrator changes a setting, and again when a setting is set back to its default.
 */
@ConfigurationProperties("waakvlam")
public class ProgrammeDefaults {

    private String programmeName = "Waakvlam";
    private String centralPhone = "";
    private final Rhythm rhythm = new Rhythm();
    private final Caseload caseload = new Caseload();

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

    public Rhythm getRhythm() {
        return rhythm;
    }

    public Caseload getCaseload() {
        return caseload;
    }

    /** {@code waakvlam.rhythm.days.WAAKVLAM=28}: the minimum contact rhythm per phase in days. */
    public static class Rhythm {

        private Map<CoachedPhase, Integer> days = new EnumMap<>(Map.of(
                CoachedPhase.INTAKE, 7, CoachedPhase.INTENSIVE, 7, CoachedPhase.SCALING_DOWN, 14,
                CoachedPhase.WAAKVLAM, 28));

        public Map<CoachedPhase, Integer> getDays() {
            return days;
        }

        public void setDays(Map<CoachedPhase, Integer> days) {
            this.days = new EnumMap<>(days);
        }
    }

    /**
     * {@code waakvlam.caseload.weights.INTENSIVE=3}: weights per phase for the weighted caseload. A client
     * in the intensive phase asks three times what a client at waakvlam asks.
     */
    public static class Caseload {

        private Map<CoachedPhase, Integer> weights = new EnumMap<>(Map.of(
                CoachedPhase.INTAKE, 2, CoachedPhase.INTENSIVE, 3, CoachedPhase.SCALING_DOWN, 2,
                CoachedPhase.WAAKVLAM, 1));

        public Map<CoachedPhase, Integer> getWeights() {
            return weights;
        }

        public void setWeights(Map<CoachedPhase, Integer> weights) {
            this.weights = new EnumMap<>(weights);
        }
    }
}
