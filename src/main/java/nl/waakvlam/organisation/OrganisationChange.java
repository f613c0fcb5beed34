package nl.waakvlam.organisation;

/**
 * The administrative changes to the sociale kaart that are audited, each with the entity name the
 * audit trail shows ({@code auditEntity.*} labels) and whether it creates something.
 */
public enum OrganisationChange {
    CREATED("organisation", true),
    UPDATED("organisation", false),
    DEACTIVATED("organisation_deactivated", false),
    REACTIVATED("organisation_reactivated", false),
    DEPARTMENT_ADDED("department", true),
    DEPARTMENT_CHANGED("department", false),
    DEPARTMENT_REMOVED("department_removed", false),
    /** The organisation that remains after a merge. */
    MERGED_INTO("organisation_merge", false),
    /** The duplicate, removed by the merge. */
    MERGED_AWAY("organisation_merged_away", false);

    private final String entity;
    private final boolean creates;

    OrganisationChange(String entity, boolean creates) {
        this.entity = entity;
        this.creates = creates;
    }

    public String entity() {
        return entity;
    }

    public boolean creates() {
        return creates;
    }
}
