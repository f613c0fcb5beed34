package nl.waakvlam.notification;

import nl.waakvlam.client.ClientAnonymisation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Deletes the inbox items that name an anonymised client: an item only points at the client, and a
 * pointer to a file nobody can open any more helps no one.
 */
@Component
class NotificationAnonymisation implements ClientAnonymisation {

    private final JdbcTemplate jdbc;

    NotificationAnonymisation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void anonymise(Long clientId) {
        jdbc.update("delete from notification where client_id = ?", clientId);
    }
}
