package nl.waakvlam.client;

/**
 * Filters on the caseload. {@code phase} null means all active phases (not ended);
 * {@code allPhases} shows ended clients too.
 */
public record CaseloadFilter(Phase phase, boolean allPhases, Long trackId, String search) {

    boolean hasSearch() {
        return search != null && !search.isBlank();
    }

    /** No filter chosen: the list shows exactly the coach's clients in an active phase. */
    boolean isUnfiltered() {
        return phase == null && !allPhases && trackId == null && !hasSearch();
    }
}
