package nl.waakvlam.sharing;

import nl.waakvlam.client.ClientAnonymisation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Removes the texts about an anonymised client that referrers saw or wrote: agreement topics, the
 * name of a consent's recipient, context notes and report bodies. Frequencies, scopes, dates and read
 * receipts stay.
 */
@Component
class SharingAnonymisation implements ClientAnonymisation {

    private final JdbcTemplate jdbc;

    SharingAnonymisation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void anonymise(Long clientId) {
        // no further feedback is due about an anonymised client (an erased one may still have been coached)
        jdbc.update("update feedback_agreement set topics = null, next_due = null where client_id = ?", clientId);
        jdbc.update("update consent set recipient_name = case when recipient_name is null then null else ? end "
                + "where client_id = ?", REMOVED, clientId);
        jdbc.update("update referrer_note set note = ? where client_id = ?", REMOVED, clientId);
        jdbc.update("update progress_report set body = ?, client_note = null where client_id = ?", REMOVED, clientId);
    }
}
