package nl.waakvlam.imports;

import nl.waakvlam.client.Phase;
import nl.waakvlam.client.RegisteredClient;
import nl.waakvlam.contact.ContactDetails;
import nl.waakvlam.security.UserSummary;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import would create, and every row it cannot take. Nothing is written for a dry run;
 * the commit writes exactly the planned clients and contacts, and only when there is no problem.
 */
record DryRun(List<PlannedClient> clients, List<PlannedContact> contacts, List<RowProblem> problems,
              boolean withContacts) {

    /** A client row that passed every check. */
    record PlannedClient(int row, RegisteredClient command, UserSummary coach) {
    }

    /** A contact row that passed every check; {@code client} is the index in {@link #clients}. */
    record PlannedContact(int row, int client, ContactDetails details) {
    }

    /** Clients per coach, for the summary (coaches in the order they first appear). */
    record CoachCount(UserSummary coach, long clients) {
    }

    public boolean canCommit() {
        return problems.isEmpty() && !clients.isEmpty();
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
