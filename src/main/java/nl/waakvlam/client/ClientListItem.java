package nl.waakvlam.client;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;

/** One row of a client list (caseload, referrals), fetched in a single query with its track. */
public record ClientListItem(Long id, String firstName, String lastName, LocalDate dateOfBirth, Phase phase,
                             LocalDate phaseSince, String trackNameNl, String trackNameEn,
                             Long referringOrganisationId) {

    public String fullName() {
        return firstName + " " + lastName;
    }

    public int age(LocalDate today) {
        return Period.between(dateOfBirth, today).getYears();
    }

    public String trackName(Locale locale) {
        return "en".equals(locale.getLanguage()) ? trackNameEn : trackNameNl;
    }
}
