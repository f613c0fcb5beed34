package nl.waakvlam.client;

import java.time.LocalDate;

/** What a referrer tells about the client at referral, including matching preferences. */
public record ReferralDetails(Long trackId, Integer intakeCategory, LocalDate expectedSchoolLeavingDate,
                              String indication, String reason, String knownIssues, Urgency urgency,
                              LocalDate consentOn, String preferredCoachGender, String preferredLanguage,
                              String interests, String ownQuestion) {
}
