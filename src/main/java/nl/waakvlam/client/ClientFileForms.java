package nl.waakvlam.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** The small forms of the client file. Mutable beans for binding; validated on POST. */
final class ClientFileForms {

    private ClientFileForms() {
    }

    /** Change the phase (or end, or reopen) on the client file. */
    static class PhaseForm {
        private long version;
        @NotNull
        private Phase target;
        @NotNull
        @PastOrPresent
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate on;
        @Size(max = 1000)
        private String reason;
        /** The code of an active end reason; checked against the list by the controller. */
        @Size(max = 30)
        private String endReason;
        @Size(max = 2000)
        private String aftercare;

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        public Phase getTarget() {
            return target;
        }

        public void setTarget(Phase target) {
            this.target = target;
        }

        public LocalDate getOn() {
            return on;
        }

        public void setOn(LocalDate on) {
            this.on = on;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public String getEndReason() {
            return endReason;
        }

        public void setEndReason(String endReason) {
            this.endReason = endReason;
        }

        public String getAftercare() {
            return aftercare;
        }

        public void setAftercare(String aftercare) {
            this.aftercare = aftercare;
        }
    }

    /** Change the primary coach with a warm handover note. */
    static class CoachChangeForm {
        private long version;
        @NotNull
        private Long coachId;
        @NotBlank
        @Size(min = 20, max = 4000)
        private String handoverNote;

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        public Long getCoachId() {
            return coachId;
        }

        public void setCoachId(Long coachId) {
            this.coachId = coachId;
        }

        public String getHandoverNote() {
            return handoverNote;
        }

        public void setHandoverNote(String handoverNote) {
            this.handoverNote = handoverNote;
        }
    }

    /** Set or clear the designated cover coach. */
    static class CoverForm {
        private long version;
        private Long coverCoachId;

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        public Long getCoverCoachId() {
            return coverCoachId;
        }

        public void setCoverCoachId(Long coverCoachId) {
            this.coverCoachId = coverCoachId;
        }
    }
}
