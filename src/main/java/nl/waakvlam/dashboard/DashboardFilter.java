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
}
