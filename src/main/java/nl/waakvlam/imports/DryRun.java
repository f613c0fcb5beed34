package nl.waakvlam.imports;

import nl.waakvlam.client.Phase;
import nl.waakvlam.client.RegisteredClient;
import nl.waakvlam.contact.ContactDetails;
import nl.waakvlam.security.UserSummary;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import would create, and every row it cannot take. Nothing is written for a dry run;
 * the commit writes exactly the planned clients and contacts, and only when there is no problem.
 */
record DryRun(List<PlannedClient> clients, List<PlannedContact> contacts, List<RowProblem> problems,
              boolean withContacts, List<Ignored> ignored, List<CoachLoad> loads, List<String> unusedColumns,
              List<ExistingClient> existing, int contactsAlreadyHeld, List<FileCoach> fileCoaches,
              int contactsSkippedForExisting, boolean existingContactsAdded, List<String> keptColumns) {

    DryRun(List<PlannedClient> clients, List<PlannedContact> contacts, List<RowProblem> problems,
           boolean withContacts, List<Ignored> ignored) {
        this(clients, contacts, problems, withContacts, ignored, List.of(), List.of(), List.of(), 0, List.of(), 0, true,
                List.of());
    }

    /** A coach the file names, with how many of its rows, and the coach chosen instead (or null). */
    record FileCoach(UserSummary coach, int rows, UserSummary movedTo) {
    }

    DryRun withFileCoaches(List<FileCoach> named) {
        return new DryRun(clients, contacts, problems, withContacts, ignored, loads, unusedColumns, existing,
                contactsAlreadyHeld, named, contactsSkippedForExisting, existingContactsAdded, keptColumns);
    }

    /**
     * A row of a client Waakvlam already has (same name and date of birth): the client is kept as it
     * is, the row's new contacts are added; {@code filePhase}/{@code fileCoach} say what the list says
     * where it differs from Waakvlam.
     */
    record ExistingClient(int row, Long clientId, String name, Phase phase, Phase filePhase, Long coachId,
                          UserSummary fileCoach) {

        public boolean phaseDiffers() {
            return filePhase != null && filePhase != phase;
        }

        public boolean coachDiffers() {
            return fileCoach != null && !fileCoach.id().equals(coachId);
        }
    }

    DryRun withExisting(List<ExistingClient> known, int alreadyHeld, int skipped, boolean added) {
        return new DryRun(clients, contacts, problems, withContacts, ignored, loads, unusedColumns, known,
                alreadyHeld, fileCoaches, skipped, added, keptColumns);
    }

    /** A row of the file the import leaves out, and why: a title, a total, a note. */
    record Ignored(String table, int row, String reasonKey, String text) {
    }

    /**
     * A coach's weighted caseload now and after the import, against their capacity (as on the coaches
     * page), and an absence today or in the next two weeks: what the project leader checks before
     * giving a coach a whole list of clients.
     */
    record CoachLoad(UserSummary coach, long clients, int before, int after, int capacity, LocalDate absentFrom,
                     LocalDate absentUntil) {

        public boolean overCapacity() {
            return capacity > 0 && after > capacity;
        }

        public int percentAfter() {
            return capacity <= 0 ? 100 : Math.round(100f * after / capacity);
        }

        public boolean warned() {
            return overCapacity() || absentFrom != null;
        }
    }

    /**
     * The same run with what the page adds to it: the coaches' loads, the columns not read and the
     * columns that feed no field but are kept as a remark.
     */
    DryRun with(List<CoachLoad> coachLoads, List<String> unused, List<String> kept) {
        return new DryRun(clients, contacts, problems, withContacts, ignored, coachLoads, unused, existing,
                contactsAlreadyHeld, fileCoaches, contactsSkippedForExisting, existingContactsAdded, kept);
    }

    /** Whether any coach would be over capacity or is away: the dry run warns, the commit is still allowed. */
    public boolean hasLoadWarnings() {
        return loads.stream().anyMatch(CoachLoad::warned);
    }

    /** A client row that passed every check, with the scores it brings (a measurement at the start). */
    record PlannedClient(int row, RegisteredClient command, UserSummary coach, List<PlannedScore> scores) {

        PlannedClient(int row, RegisteredClient command, UserSummary coach) {
            this(row, command, coach, List.of());
        }
    }

    /**
     * One instrument's scores of a client: the score of a scale or ladder, or the ZRM's per domain,
     * measured on {@code on} (the chosen date column, or the start).
     */
    record PlannedScore(String instrument, Integer score, Map<String, Integer> domains, LocalDate on) {
    }

    /** How many measurements the import adds. */
    public long measurements() {
        return clients.stream().mapToLong(client -> client.scores().size()).sum();
    }

    /**
     * A contact row that passed every check; {@code client} is the index in {@link #clients}, or -1 for a
     * contact of a client Waakvlam already has ({@code existingClientId}, added for its current coach).
     */
    record PlannedContact(int row, int client, ContactDetails details, Long existingClientId, Long existingCoachId) {
    }

    /** Clients per coach, for the summary (coaches in the order they first appear). */
    record CoachCount(UserSummary coach, long clients) {
    }

    public boolean canCommit() {
        return problems.isEmpty() && (!clients.isEmpty() || !contacts.isEmpty());
    }

    /** How many rows have at least one problem. */
    public long rowsWithProblems() {
        return problems.stream().map(problem -> problem.table() + "\u001f" + problem.row()).distinct().count();
    }

    public List<CoachCount> perCoach() {
        Map<Long, CoachCount> counts = new LinkedHashMap<>();
        for (PlannedClient client : clients) {
            counts.merge(client.coach().id(), new CoachCount(client.coach(), 1),
                    (a, b) -> new CoachCount(a.coach(), a.clients() + 1));
        }
        return List.copyOf(counts.values());
    }

    public Map<Phase, Long> perPhase() {
        Map<Phase, Long> counts = new EnumMap<>(Phase.class);
        clients.forEach(client -> counts.merge(client.command().phase(), 1L, Long::sum));
        return counts;
    }

    public long reachedContacts() {
        return contacts.stream().filter(contact -> contact.details().outcome().reached()).count();
    }
}
