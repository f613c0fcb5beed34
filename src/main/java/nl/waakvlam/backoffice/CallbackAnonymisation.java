package nl.waakvlam.backoffice;

import nl.waakvlam.client.ClientAnonymisation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Who called and what about is free text about the client: removed; that a call was taken stays. */
@Component
class CallbackAnonymisation implements ClientAnonymisation {

    private final JdbcTemplate jdbc;

    CallbackAnonymisation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void anonymise(Long clientId) {
        jdbc.update("update callback_request set caller_name = ?, caller_phone = ?, message = ? where client_id = ?",
                REMOVED, REMOVED, REMOVED, clientId);
    }
}
