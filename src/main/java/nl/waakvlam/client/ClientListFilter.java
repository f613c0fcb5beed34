package nl.waakvlam.client;

/**
 * The programme-wide client list's search and filters. {@code phase} is a phase, {@code ACTIVE}
 * (the coached phases) or null for every phase; {@code need} names a {@link ClientSelection}.
 */
public record ClientListFilter(String search, String phase, Long coachId, Long trackId, Long organisationId,
                               Flame flame, String need) {

    public static final String ACTIVE = "ACTIVE";

    public boolean hasSearch() {
        return search != null && !search.isBlank();
    }

    public boolean isEmpty() {
        return !hasSearch() && narrowedBy() == 0;
    }

    /** How many filters besides the search are set: the phone's folded filters open when any is. */
    public int narrowedBy() {
        int count = 0;
        for (Object value : new Object[]{phase, coachId, trackId, organisationId, flame, need}) {
            count += value == null ? 0 : 1;
        }
        return count;
    }
}
