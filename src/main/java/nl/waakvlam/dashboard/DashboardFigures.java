package nl.waakvlam.dashboard;

import nl.waakvlam.client.Phase;
import nl.waakvlam.shared.Bilingual;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Everything the dashboard shows, each figure with its own table. */
public record DashboardFigures(List<PhaseRow> phases, Funnel funnel, List<CaseloadRow> caseload, long flamesGoingOut,
                               long coachedClients, long feedbackOverdue, long feedbackAgreements,
                               List<WeekRow> contactsPerWeek, long directMinutes, long indirectMinutes,
                               List<EventRow> eventsPerType, List<DestinationRow> scaleUpsByDestination,
                               OpenScaleUps openScaleUps, Double avgDaysStartToWaakvlam, long reachedWaakvlam,
                               Continuity continuity, List<EventMonth> eventsPerMonth,
                               List<InstrumentResult> instrumentResults, List<LadderRung> ladder,
                               List<DomainChange> matrixChanges, List<RoundRow> rounds) {

    /** Outcome figures over fewer clients than this are not shown: they would describe individuals. */
    public static final int SMALL_GROUP = 5;

    /**
     * The one small-number rule, for the screen, the CSV files and the monitoring report alike: a
     * count of clients (or of what happened to them: referrals, events, scale-ups) of 1–4 is shown
     * as "&lt; 5", the number otherwise (0 stays 0). Activity over time (contacts per week, events
     * per month) and a coach's own caseload are counts of work, not groups of people, and are exact
     * everywhere. The project leader reaches the clients behind a suppressed count through the list.
     */
    public static String suppressed(long count) {
        return isSmall(count) ? "< " + SMALL_GROUP : Long.toString(count);
    }

    public static boolean isSmall(long count) {
        return count > 0 && count < SMALL_GROUP;
    }

    /** {@link #suppressed(long)} for the templates. */
    public String shown(long count) {
        return suppressed(count);
    }

    /** {@link #isSmall(long)} for the templates. */
    public boolean small(long count) {
        return isSmall(count);
    }

    /** The months in the period that have events, oldest first. */
    public List<LocalDate> eventMonths() {
        return eventsPerMonth.stream().map(EventMonth::month).distinct().sorted().toList();
    }

    /** The event types in the period, most frequent first (as in {@link #eventsPerType}). */
    public List<String> eventTypes() {
        return eventsPerType.stream().map(EventRow::type).toList();
    }

    /** Events of one type in one month (0 when none). */
    public long events(LocalDate month, String type) {
        return eventsPerMonth.stream().filter(e -> e.month().equals(month) && e.type().equals(type))
                .mapToLong(EventMonth::events).sum();
    }

    /** The result of one instrument, or null when nothing was measured with it. */
    public InstrumentResult result(String code) {
        return instrumentResults.stream().filter(r -> r.code().equals(code)).findFirst().orElse(null);
    }

    /** The 1–10 scale instruments (scale question and satisfaction) that have measurements. */
    public List<InstrumentResult> scaleResults() {
        return instrumentResults.stream().filter(r -> r.kind().equals("SCALE")).toList();
    }

    public int directSharePercent() {
        long all = directMinutes + indirectMinutes;
        return all == 0 ? 0 : Math.round(100f * directMinutes / all);
    }

    /** Clients in one phase. */
    public record PhaseRow(Phase phase, long clients) {
    }

    /** Referrals submitted in the period and how far they got, with median lead times in days. */
    public record Funnel(long submitted, long accepted, long declined, long matched, long started,
                         Double daysToDecision, Double daysToMatch, Double daysToStart) {
    }

    /** One coach's weighted caseload against capacity (listed by name, never ranked). */
    public record CaseloadRow(Long coachId, String coach, long clients, long weighted, int capacity) {

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

    /** Scale-ups still open, with waiting days, and the longest-waiting ones by client (for acting on). */
    public record OpenScaleUps(long open, long bridged, Double averageWaitingDays, Long longestWaitingDays,
                               List<WaitingClient> longestWaiting) {
    }

    /** A client waiting for a scale-up: who, where to, since when and whether the coach bridges. */
    public record WaitingClient(Long clientId, String client, String destination, LocalDate waitingSince,
                                long waitingDays, boolean bridging) {
    }

    /** Coach continuity: months with the current primary coach, and handovers in the period. */
    public record Continuity(Double averageMonthsWithCoach, long handovers) {
    }

    /** Events of one type in one calendar month. */
    public record EventMonth(LocalDate month, String type, long events) {
    }

    /**
     * One single-question instrument: clients measured up to the end of the period; of those with at
     * least two measurements the average first and latest score, the average change and how many
     * went up, stayed or went down; and the average latest score over everyone measured.
     */
    public record InstrumentResult(String code, String kind, String nameNl, String nameEn, long clients,
                                   long repeated, Double averageFirst, Double averageLatest, Double averageChange,
                                   long up, long same, long down, Double averageLatestAll) {

        public String name(Locale locale) {
            return Bilingual.pick(locale, nameNl, nameEn);
        }

        /** Whether the change figures may be shown (at least {@link #SMALL_GROUP} clients measured twice). */
        public boolean changeShown() {
            return repeated >= SMALL_GROUP;
        }

        /** Whether the average over everyone measured may be shown. */
        public boolean averageShown() {
            return clients >= SMALL_GROUP;
        }
    }

    /** One rung of the participation ladder: clients there at their first and at their latest measurement. */
    public record LadderRung(int rung, String labelNl, String labelEn, long first, long latest) {

        public String label(Locale locale) {
            return Bilingual.pick(locale, labelNl, labelEn);
        }
    }

    /** One ZRM domain: clients scored at least twice, their average first and latest score and the change. */
    public record DomainChange(String nameNl, String nameEn, long clients, Double averageFirst, Double averageLatest,
                               Double averageChange) {

        public String name(Locale locale) {
            return Bilingual.pick(locale, nameNl, nameEn);
        }

        public boolean shown() {
            return clients >= SMALL_GROUP;
        }
    }

    /** A monitoring round and the clients measured in it (within the filter). */
    public record RoundRow(Long id, String name, LocalDate opensOn, LocalDate closesOn, long measured) {
    }

    /** The same figures without the list of waiting clients by name (for the steering group). */
    public DashboardFigures withoutNames() {
        OpenScaleUps open = new OpenScaleUps(openScaleUps.open(), openScaleUps.bridged(),
                openScaleUps.averageWaitingDays(), openScaleUps.longestWaitingDays(), List.of());
        return new DashboardFigures(phases, funnel, caseload, flamesGoingOut, coachedClients, feedbackOverdue,
                feedbackAgreements, contactsPerWeek, directMinutes, indirectMinutes, eventsPerType, scaleUpsByDestination,
                open, avgDaysStartToWaakvlam, reachedWaakvlam, continuity, eventsPerMonth, instrumentResults, ladder,
                matrixChanges, rounds);
    }

    /** Clients with a ladder measurement up to the end of the period. */
    public long ladderClients() {
        return ladder.stream().mapToLong(LadderRung::latest).sum();
    }

    /** Of those measured on the ladder at least twice: on another rung now than at the first measurement. */
    public long ladderMoved() {
        InstrumentResult result = result("PARTICIPATION_LADDER");
        return result == null ? 0 : result.up() + result.down();
    }
}
