package nl.waakvlam.organisation;

/**
 * The audit trail for changes to the sociale kaart. The trail belongs to the security module,
 * which depends on this one, so this module declares what it needs and security implements it.
 * The entry joins the caller's transaction: when it cannot be written, the change fails too.
 */
public interface OrganisationAudit {

    /** Records a change to an organisation or department ({@code entityId}), by the signed-in user. */
    void record(OrganisationChange change, Long entityId);
}
