package nl.waakvlam.referral;

import java.time.LocalDate;

/** What a referrer tells about the referral itself: the reason, known issues, urgency and consent date. */
public record ReferralDetails(String reason, String knownIssues, Urgency urgency, LocalDate consentOn) {
}
