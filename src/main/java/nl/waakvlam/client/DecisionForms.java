package nl.waakvlam.client;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.time.LocalTime;

/** The small forms of intake and the client file. Mutable beans for binding; validated on POST. */
final class DecisionForms {

    private DecisionForms() {
    }

    /** Decline a referral: reason and advice are required (the referrer reads both). */
    static class DeclineForm {
        @NotBlank
        @Size(max = 1000)
        private String reason;
        @NotBlank
        @Size(max = 1000)
        private String advice;
        private Long advisedOrganisationId;

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public String getAdvice() {
            return advice;
        }

        public void setAdvice(String advice) {
            this.advice = advice;
        }

        public Long getAdvisedOrganisationId() {
            return advisedOrganisationId;
        }

        public void setAdvisedOrganisationId(Long advisedOrganisationId) {
            this.advisedOrganisationId = advisedOrganisationId;
        }
    }

    /** Match a coach and plan the driegesprek. */
    static class MatchForm {
        @NotNull
        private Long primaryCoachId;
        private Long coverCoachId;
        @NotBlank
        @Size(max = 2000)
        private String rationale;
        @NotNull
        @FutureOrPresent
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate meetingDate;
        @NotNull
        @DateTimeFormat(pattern = "HH:mm")
        private LocalTime meetingTime;
        @NotBlank
        @Size(max = 200)
        private String meetingPlace;

        public Long getPrimaryCoachId() {
            return primaryCoachId;
        }

        public void setPrimaryCoachId(Long primaryCoachId) {
            this.primaryCoachId = primaryCoachId;
        }

        public Long getCoverCoachId() {
            return coverCoachId;
        }

        public void setCoverCoachId(Long coverCoachId) {
            this.coverCoachId = coverCoachId;
        }

        public String getRationale() {
            return rationale;
        }

        public void setRationale(String rationale) {
            this.rationale = rationale;
        }

        public LocalDate getMeetingDate() {
            return meetingDate;
        }

        public void setMeetingDate(LocalDate meetingDate) {
            this.meetingDate = meetingDate;
        }

        public LocalTime getMeetingTime() {
            return meetingTime;
        }

        public void setMeetingTime(LocalTime meetingTime) {
            this.meetingTime = meetingTime;
        }

        public String getMeetingPlace() {
            return meetingPlace;
        }

        public void setMeetingPlace(String meetingPlace) {
            this.meetingPlace = meetingPlace;
        }
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
        private EndReason endReason;
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

        public EndReason getEndReason() {
            return endReason;
        }

        public void setEndReason(EndReason endReason) {
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
