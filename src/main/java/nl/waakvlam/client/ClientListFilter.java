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
        return !hasSearch() && phase == null && coachId == null && trackId == null && organisationId == null
                && flame == null && need == null;
    }
}
