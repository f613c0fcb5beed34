package nl.waakvlam.client;

import nl.waakvlam.reference.TrackSummary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;

/**
 * One row of a client list (caseload; the referral module's referrals and intake queue). Fields a list does not need
 * stay null; every list fetches its rows plus a fixed number of label lookups.
 */
public record ClientRow(Long id, String firstName, String lastName, LocalDate dateOfBirth, Phase phase,
                        LocalDate phaseSince, TrackSummary track, Integer intakeCategory, String organisationName,
                        String coachName, boolean cover, Instant createdAt, String referrerName,
                        LocalDate startedOn) {

    public String fullName() {
        return firstName + " " + lastName;
    }

    public int age(LocalDate today) {
        return Period.between(dateOfBirth, today).getYears();
    }

    public String trackName(Locale locale) {
        return track == null ? "" : track.name(locale);
    }

    public ReferralStatus status() {
        return ReferralStatus.of(phase);
    }

}
