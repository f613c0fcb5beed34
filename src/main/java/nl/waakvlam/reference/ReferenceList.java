package nl.waakvlam.reference;

/**
 * The reference lists the administrator keeps. {@code slug} names the list in links
 * ({@code /admin/settings/life-domains/…}), {@code entity} in the audit trail (labels
 * {@code auditEntity.*}) and the change log.
 */
public enum ReferenceList {
    TRACKS("tracks", "track"),
    LIFE_DOMAINS("life-domains", "life_domain"),
    END_REASONS("end-reasons", "end_reason"),
    DECLINE_REASONS("decline-reasons", "decline_reason");

    private final String slug;
    private final String entity;

    ReferenceList(String slug, String entity) {
        this.slug = slug;
        this.entity = entity;
    }

    public String slug() {
        return slug;
    }

    public String entity() {
        return entity;
    }

    /** The list a link names, or null for anything else. */
    public static ReferenceList ofSlug(String slug) {
        for (ReferenceList list : values()) {
            if (list.slug.equals(slug)) {
                return list;
            }
        }
        return null;
    }
}
