package nl.waakvlam.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.waakvlam.client.LifecycleException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The referral (aanmelding) of a client: what the referrer said, the decision, the match. */
@Entity
@Table(name = "referral")
class Referral {

    @Id
    @Column(name = "client_id")
    private Long clientId;

    @Column(name = "referrer_id", nullable = false)
    private Long referrerId;

    @Column(name = "submitted_by", nullable = false)
    private Long submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(nullable = false)
    private String reason;

    @Column(name = "known_issues")
    private String knownIssues;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Urgency urgency;

    @Column(name = "consent_on", nullable = false)
    private LocalDate consentOn;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    /** The code of the chosen decline reason; null for referrals declined before the list existed. */
    @Column(name = "decline_reason_code")
    private String declineReasonCode;

    /** The project leader's explanation; for referrals declined before the list existed, the only reason. */
    @Column(name = "decline_reason")
    private String declineReason;

    @Column(name = "decline_advice")
    private String declineAdvice;

    @Column(name = "advised_organisation_id")
    private Long advisedOrganisationId;

    @Column(name = "matched_at")
    private Instant matchedAt;

    @Column(name = "match_rationale")
    private String matchRationale;

    @Column(name = "start_meeting_at")
    private LocalDateTime startMeetingAt;

    @Column(name = "start_meeting_place")
    private String startMeetingPlace;

    @Version
    private long version;

    protected Referral() {
    }

    Referral(Long clientId, Long referrerId, Long submittedBy, Instant submittedAt, ReferralDetails details) {
        this.clientId = clientId;
        this.referrerId = referrerId;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.reason = details.reason().trim();
        this.knownIssues = details.knownIssues() == null || details.knownIssues().isBlank()
                ? null : details.knownIssues().trim();
        this.urgency = details.urgency();
        this.consentOn = details.consentOn();
    }

    void accept(Long by, Instant at) {
        decidedBy = by;
        decidedAt = at;
    }

    /**
     * Declines with a reason from the list ({@code reasonCode}, checked against the list by the caller)
     * or, for an imported history, a written reason; an explanation is optional beside a listed reason.
     * Advice for the referrer is always required.
     */
    void decline(Long by, Instant at, String reasonCode, String explanation, String advice,
                 Long advisedOrganisation) {
        boolean explained = explanation != null && !explanation.isBlank();
        if ((reasonCode == null && !explained) || advice == null || advice.isBlank()) {
            throw new LifecycleException("lifecycle.declineNeedsReasonAndAdvice");
        }
        decidedBy = by;
        decidedAt = at;
        declineReasonCode = reasonCode;
        declineReason = explained ? explanation.trim() : null;
        declineAdvice = advice.trim();
        advisedOrganisationId = advisedOrganisation;
    }

    void matched(Instant at, String rationale, LocalDateTime meetingAt, String meetingPlace) {
        matchedAt = at;
        matchRationale = rationale;
        startMeetingAt = meetingAt;
        startMeetingPlace = meetingPlace;
    }

    /** The driegesprek moved to another moment or place, or (both null) called off. */
    void replanMeeting(LocalDateTime meetingAt, String meetingPlace) {
        startMeetingAt = meetingAt;
        startMeetingPlace = meetingPlace;
    }

    Long getClientId() {
        return clientId;
    }

    long getVersion() {
        return version;
    }

    Long getReferrerId() {
        return referrerId;
    }

    Long getSubmittedBy() {
        return submittedBy;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    String getReason() {
        return reason;
    }

    String getKnownIssues() {
        return knownIssues;
    }

    Urgency getUrgency() {
        return urgency;
    }

    LocalDate getConsentOn() {
        return consentOn;
    }

    Long getDecidedBy() {
        return decidedBy;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    String getDeclineReasonCode() {
        return declineReasonCode;
    }

    String getDeclineReason() {
        return declineReason;
    }

    String getDeclineAdvice() {
        return declineAdvice;
    }

    Long getAdvisedOrganisationId() {
        return advisedOrganisationId;
    }

    Instant getMatchedAt() {
        return matchedAt;
    }

    String getMatchRationale() {
        return matchRationale;
    }

    LocalDateTime getStartMeetingAt() {
        return startMeetingAt;
    }

    String getStartMeetingPlace() {
        return startMeetingPlace;
    }
}
