package nl.waakvlam.retention;

import nl.waakvlam.client.ClientAnonymisation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An erasure request's reason may say more about the client than it should; once the file is
 * anonymised the request keeps who asked, who decided and when, not why.
 */
@Component
class RetentionAnonymisation implements ClientAnonymisation {

    private final JdbcTemplate jdbc;

    RetentionAnonymisation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void anonymise(Long clientId) {
        jdbc.update("update erasure_request set reason = ? where client_id = ?", REMOVED, clientId);
    }
}
