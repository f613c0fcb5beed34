package nl.waakvlam.measurement;

import nl.waakvlam.client.ClientAnonymisation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Removes the notes of an anonymised client's measurements; instruments, moments and scores stay for
 * the monitoring figures.
 */
@Component
class MeasurementAnonymisation implements ClientAnonymisation {

    private final JdbcTemplate jdbc;

    MeasurementAnonymisation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void anonymise(Long clientId) {
        jdbc.update("update measurement set note = null where client_id = ?", clientId);
    }
}
