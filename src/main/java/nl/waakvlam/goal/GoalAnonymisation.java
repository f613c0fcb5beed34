package nl.waakvlam.goal;

import nl.waakvlam.client.ClientAnonymisation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Removes the client's own words from an anonymised client's goals; life domains, owners, statuses
 * and dates stay.
 */
@Component
class GoalAnonymisation implements ClientAnonymisation {

    private final JdbcTemplate jdbc;

    GoalAnonymisation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void anonymise(Long clientId) {
        jdbc.update("update goal set description = ?, progress_notes = null where client_id = ?", REMOVED, clientId);
    }
}
