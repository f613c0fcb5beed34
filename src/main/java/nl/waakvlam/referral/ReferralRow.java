package nl.waakvlam.referral;

import nl.waakvlam.client.ClientRow;
import nl.waakvlam.client.Phase;
import nl.waakvlam.client.ReferralStatus;
import nl.waakvlam.reference.ReasonView;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** One row of the referrer's referrals or the intake queue: the client row with its referral. */
public record ReferralRow(ClientRow client, Instant submittedAt, Urgency urgency, ReasonView declineReasonItem,
                          String declineReason, String declineAdvice, String advisedOrganisationName) {

    /** Declined: with a reason from the list, or (declined before the list existed) a written one. */
    public boolean declined() {
        return declineReasonItem != null || declineReason != null;
    }

    public Long id() {
        return client.id();
    }

    public String fullName() {
        return client.fullName();
    }

    public int age(LocalDate today) {
        return client.age(today);
    }

    public Phase phase() {
        return client.phase();
    }

    public ReferralStatus status() {
        return client.status();
    }

    public String trackName(Locale locale) {
        return client.trackName(locale);
    }

    public Integer intakeCategory() {
        return client.intakeCategory();
    }

    public String organisationName() {
        return client.organisationName();
    }

    public String coachName() {
        return client.coachName();
    }

    public String referrerName() {
        return client.referrerName();
    }

    public long daysWaiting(LocalDate today, ZoneId zone) {
        return ChronoUnit.DAYS.between(submittedAt.atZone(zone).toLocalDate(), today);
    }
}
