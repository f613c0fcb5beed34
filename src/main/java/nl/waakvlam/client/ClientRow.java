package nl.waakvlam.client;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;

/**
 * One row of a client list (caseload, referrals, intake queue). Fields a list does not need
 * stay null; every list fetches its rows plus a fixed number of label lookups.
 */
public record ClientRow(Long id, String firstName, String lastName, LocalDate dateOfBirth, Phase phase,
                        LocalDate phaseSince, TrackSummary track, Integer intakeCategory, String organisationName,
                        String coachName, boolean cover, Instant submittedAt, Urgency urgency, String referrerName,
                        String declineReason, String declineAdvice, String advisedOrganisationName,
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

    public long daysWaiting(LocalDate today, java.time.ZoneId zone) {
        return submittedAt == null ? 0
                : java.time.temporal.ChronoUnit.DAYS.between(submittedAt.atZone(zone).toLocalDate(), today);
    }
}
