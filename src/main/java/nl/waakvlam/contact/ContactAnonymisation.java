package nl.waakvlam.contact;

import nl.waakvlam.client.ClientAnonymisation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Removes the notes of an anonymised client's contacts; dates, kinds, outcomes, durations and
 * life domains stay for the figures.
 */
@Component
class ContactAnonymisation implements ClientAnonymisation {

    private final JdbcTemplate jdbc;

    ContactAnonymisation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void anonymise(Long clientId) {
        // an open follow-up would keep reminding the coach of a client nobody can open any more
        jdbc.update("update contact_moment set private_note = null, shared_note = null, follow_up_action = null, "
                + "follow_up_due = null, delete_reason = case when deleted_at is null then null else ? end where client_id = ?",
                REMOVED, clientId);
    }
}
