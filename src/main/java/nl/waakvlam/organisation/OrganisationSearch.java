package nl.waakvlam.organisation;

/**
 * A search on the sociale kaart: part of the name (any case), a kind, and whether active or
 * inactive organisations are wanted; each {@code null} means "any".
 */
public record OrganisationSearch(String name, OrganisationType type, Boolean active) {

    public static OrganisationSearch activeOnly(String name, OrganisationType type) {
        return new OrganisationSearch(name, type, true);
    }

    public boolean isEmpty() {
        return name == null && type == null && active == null;
    }
}
