package nl.waakvlam.backoffice;

import nl.waakvlam.client.ClientDataExport;
import nl.waakvlam.client.ClientRecords;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/** The back office's part of the client's data on request: the calls taken about the client. */
@Component
class CallbackRecords implements ClientDataExport {

    private final JdbcTemplate jdbc;

    CallbackRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ClientRecords> records(Long clientId) {
        return List.of(ClientRecords.query(jdbc, "callback_requests",
                Map.of("caller_kind", "callback.callerKind.", "urgency", "callback.urgency."),
                "select r.created_at, r.caller_name, r.caller_kind, r.caller_phone, r.message, r.urgency, r.done_at "
                        + "from callback_request r where r.client_id = ? order by r.created_at, r.id", clientId));
    }
}
