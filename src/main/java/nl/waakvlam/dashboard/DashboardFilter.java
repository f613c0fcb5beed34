package nl.waakvlam.dashboard;

import java.time.LocalDate;

/** The dashboard's filters; null means "all". The period applies to flows (referrals, contacts, events). */
public record DashboardFilter(LocalDate from, LocalDate to, Long trackId, Long organisationId, Long coachId) {
}
