package nl.waakvlam.client;

/**
 * What a module does when a client's file is anonymised (retention period passed, or an approved
 * erasure): remove or replace the personal details and every free text it keeps about this client
 * in its own tables, and keep the counts, dates and codes, so that aggregate figures do not change.
 * Called inside the anonymising transaction, once per client; must be safe to call again.
 */
public interface ClientAnonymisation {

    /** What a required free-text column holds after anonymisation. */
    String REMOVED = "-";

    void anonymise(Long clientId);
}
