package nl.waakvlam.dashboard;

import nl.waakvlam.client.Phase;

import java.time.LocalDate;
import java.util.List;

/** Everything the dashboard shows, each figure with its own table. */
public record DashboardFigures(List<PhaseRow> phases, Funnel funnel, List<CaseloadRow> caseload, long flamesGoingOut,
                               long coachedClients, long feedbackOverdue, long feedbackAgreements,
                               List<WeekRow> contactsPerWeek, long directMinutes, long indirectMinutes,
                               List<EventRow> eventsPerType, List<DestinationRow> scaleUpsByDestination,
                               OpenScaleUps openScaleUps, Double avgDaysStartToWaakvlam, long reachedWaakvlam,
                               Continuity continuity) {

    public int directSharePercent() {
        long all = directMinutes + indirectMinutes;
        return all == 0 ? 0 : Math.round(100f * directMinutes / all);
    }

    public long maxWeekTotal() {
        return contactsPerWeek.stream().mapToLong(w -> w.reached() + w.attempts()).max().orElse(0);
    }

    /** Clients in one phase. */
    public record PhaseRow(Phase phase, long clients) {
    }

    /** Referrals submitted in the period and how far they got, with median lead times in days. */
    public record Funnel(long submitted, long accepted, long declined, long matched, long started,
                         Double daysToDecision, Double daysToMatch, Double daysToStart) {
    }

    /** One coach's weighted caseload against capacity (listed by name, never ranked). */
    public record CaseloadRow(String coach, long clients, long weighted, int capacity) {

        public int percent() {
            return capacity <= 0 ? 0 : Math.round(100f * weighted / capacity);
        }
    }

    /** Contacts in one week. */
    public record WeekRow(LocalDate week, long reached, long attempts) {
    }

    /** Events of one type in the period. */
    public record EventRow(String type, long events) {
    }

    /** Scale-ups in the period by destination organisation. */
    public record DestinationRow(String organisation, long scaleUps) {
    }

    /** Scale-ups still open, with waiting days. */
    public record OpenScaleUps(long open, long bridged, Double averageWaitingDays, Long longestWaitingDays) {
    }

    /** Coach continuity: months with the current primary coach, and handovers in the period. */
    public record Continuity(Double averageMonthsWithCoach, long handovers) {
    }
}
