package nl.waakvlam.dashboard;

import java.time.LocalDate;

/**
 * The dashboard's filters; null means "all". The period applies to flows (referrals, contacts,
 * events); measurement results run up to its end. A monitoring round, when chosen, sets the period
 * to the round's window.
 */
public record DashboardFilter(LocalDate from, LocalDate to, Long trackId, Long organisationId, Long coachId,
                              Long roundId, String roundName) {

    public DashboardFilter(LocalDate from, LocalDate to, Long trackId, Long organisationId, Long coachId) {
        this(from, to, trackId, organisationId, coachId, null, null);
    }

    /** Whether a track, organisation or coach is chosen (then the statements join the clients). */
    public boolean hasClientFilter() {
        return trackId != null || organisationId != null || coachId != null;
    }

    /** The start date as the ISO string links and date inputs carry (never a locale's display format). */
    public String fromIso() {
        return from.toString();
    }

    public String toIso() {
        return to.toString();
    }

    /**
     * The filter as a query string for the CSV links, with ISO dates: formatting a date in a template
     * goes through the locale ("25-08-2026", "8/25/26"), which the links must not carry.
     */
    public String query() {
        StringBuilder query = new StringBuilder("from=").append(fromIso()).append("&to=").append(toIso());
        if (trackId != null) {
            query.append("&track=").append(trackId);
        }
        if (organisationId != null) {
            query.append("&organisation=").append(organisationId);
        }
        if (coachId != null) {
            query.append("&coach=").append(coachId);
        }
        if (roundId != null) {
            query.append("&round=").append(roundId);
        }
        return query.toString();
    }
}
