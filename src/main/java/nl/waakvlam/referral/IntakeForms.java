package nl.waakvlam.referral;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.time.LocalTime;

/** The forms of the intake decision. Mutable beans for binding; validated on POST. */
final class IntakeForms {

    private IntakeForms() {
    }

    /**
     * Decline a referral: a reason from the decline-reason list and advice are required (the referrer
     * reads both); an explanation beside the reason is optional.
     */
    static class DeclineForm {
        @Size(max = 30)
        private String reasonCode;
        @Size(max = 1000)
        private String reason;
        @NotBlank
        @Size(max = 1000)
        private String advice;
        private Long advisedOrganisationId;

        public String getReasonCode() {
            return reasonCode;
        }

        public void setReasonCode(String reasonCode) {
            this.reasonCode = reasonCode;
        }

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
}
