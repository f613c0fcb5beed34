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
        /** Ending without an end plan, chosen knowingly (the form asks when there is none). */
        private boolean endWithoutPlan;

        public boolean isEndWithoutPlan() {
            return endWithoutPlan;
        }

        public void setEndWithoutPlan(boolean endWithoutPlan) {
            this.endWithoutPlan = endWithoutPlan;
        }

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

    /** The end plan ("borging"): who the client can turn to, agreements that stay, the check-ins. */
    static class EndPlanForm {
        private long version;
        @jakarta.validation.constraints.NotBlank
        @jakarta.validation.constraints.Size(max = 2000)
        private String turnTo;
        @jakarta.validation.constraints.Size(max = 2000)
        private String agreements;
        private boolean threeMonths = true;
        private boolean sixMonths = true;

        static EndPlanForm of(EndPlan.View plan) {
            EndPlanForm form = new EndPlanForm();
            if (plan != null) {
                form.version = plan.version();
                form.turnTo = plan.turnTo();
                form.agreements = plan.agreements();
                form.threeMonths = plan.checkInThreeMonths();
                form.sixMonths = plan.checkInSixMonths();
            }
            return form;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        public String getTurnTo() {
            return turnTo;
        }

        public void setTurnTo(String turnTo) {
            this.turnTo = turnTo;
        }

        public String getAgreements() {
            return agreements;
        }

        public void setAgreements(String agreements) {
            this.agreements = agreements;
        }

        public boolean isThreeMonths() {
            return threeMonths;
        }

        public void setThreeMonths(boolean threeMonths) {
            this.threeMonths = threeMonths;
        }

        public boolean isSixMonths() {
            return sixMonths;
        }

        public void setSixMonths(boolean sixMonths) {
            this.sixMonths = sixMonths;
        }
    }
}
