package nl.waakvlam.organisation;

/** Reads the list filters leniently: an unknown kind means "any", a search is cut at 100 characters. */
final class SearchParameters {

    static final int MAX_SEARCH = 100;

    private SearchParameters() {
    }

    static String name(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String search = q.strip();
        return search.length() > MAX_SEARCH ? search.substring(0, MAX_SEARCH) : search;
    }

    static OrganisationType type(String type) {
        for (OrganisationType candidate : OrganisationType.values()) {
            if (candidate.name().equals(type)) {
                return candidate;
            }
        }
        return null;
    }
}
