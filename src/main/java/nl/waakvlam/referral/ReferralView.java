package nl.waakvlam.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The referral as recorded, for the intake page and the client file; the rationale is hidden from referrers. */
public record ReferralView(Instant submittedAt, String submittedBy, String reason, String knownIssues,
                           Urgency urgency, LocalDate consentOn, Instant decidedAt, String declineReason,
                           String declineAdvice, String advisedOrganisation, String matchRationale,
                           LocalDateTime startMeetingAt, String startMeetingPlace) {
}
