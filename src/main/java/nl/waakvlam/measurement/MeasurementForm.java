package nl.waakvlam.measurement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * One measurement moment as the coach enters it: the date, the moment, a score per single-question
 * instrument (left empty when not asked) or, for the matrix, a score per domain ("not discussed"
 * is empty), and a free-text note next to the numbers.
 */
public class MeasurementForm {

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate measuredOn;

    /** START, PERIODIC, MID, END or ROUND-{id}. */
    @NotBlank
    private String moment;

    /** Instrument id → score, for scale and ladder instruments. */
    private Map<Long, Integer> scores = new HashMap<>();

    /** The matrix being filled in, or null for the single-question instruments. */
    private Long matrixId;

    /** Domain id → score, for the matrix. */
    private Map<Long, Integer> domainScores = new HashMap<>();

    @Size(max = 2000)
    private String note;

    /** For the template: whether this score was chosen for this instrument (or matrix domain). */
    public boolean chosen(Long id, Integer score) {
        Map<Long, Integer> chosen = matrixId == null ? scores : domainScores;
        return score != null && score.equals(chosen.get(id));
    }

    MeasurementMoment momentKind() {
        if (moment == null) {
            return null;
        }
        if (moment.startsWith("ROUND-")) {
            return MeasurementMoment.ROUND;
        }
        try {
            MeasurementMoment parsed = MeasurementMoment.valueOf(moment);
            return parsed == MeasurementMoment.ROUND ? null : parsed;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    Long roundId() {
        if (moment == null || !moment.startsWith("ROUND-")) {
            return null;
        }
        try {
            return Long.valueOf(moment.substring("ROUND-".length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public void setMeasuredOn(LocalDate measuredOn) {
        this.measuredOn = measuredOn;
    }

    public String getMoment() {
        return moment;
    }

    public void setMoment(String moment) {
        this.moment = moment;
    }

    public Map<Long, Integer> getScores() {
        return scores;
    }

    public void setScores(Map<Long, Integer> scores) {
        this.scores = scores;
    }

    public Long getMatrixId() {
        return matrixId;
    }

    public void setMatrixId(Long matrixId) {
        this.matrixId = matrixId;
    }

    public Map<Long, Integer> getDomainScores() {
        return domainScores;
    }

    public void setDomainScores(Map<Long, Integer> domainScores) {
        this.domainScores = domainScores;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
