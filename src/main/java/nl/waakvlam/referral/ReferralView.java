package nl.waakvlam.referral;

import nl.waakvlam.reference.ReasonView;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The referral as recorded, for the intake page and the client file; the rationale is hidden from
 * referrers. A decline has its reason from the list ({@code declineReasonItem}, by its current name) and
 * the project leader's explanation ({@code declineReason}), or only the latter when declined before the
 * list existed.
 */
public record ReferralView(Instant submittedAt, String submittedBy, String reason, String knownIssues,
                           Urgency urgency, LocalDate consentOn, Instant decidedAt, ReasonView declineReasonItem,
                           String declineReason,
                           String declineAdvice, String advisedOrganisation, String matchRationale,
                           LocalDateTime startMeetingAt, String startMeetingPlace, Long clientId,
                           boolean canReplan, long version) {

    /** Declined: with a reason from the list, or (declined before the list existed) a written one. */
    public boolean declined() {
        return declineReasonItem != null || declineReason != null;
    }
}
