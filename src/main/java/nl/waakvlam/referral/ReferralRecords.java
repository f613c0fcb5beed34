package nl.waakvlam.referral;

import nl.waakvlam.client.ClientDataExport;
import nl.waakvlam.client.ClientRecords;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/** The referral in the client's data on request: why the client was referred, the decision and the match. */
@Component
class ReferralRecords implements ClientDataExport {

    private final JdbcTemplate jdbc;

    ReferralRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ClientRecords> records(Long clientId) {
        return List.of(ClientRecords.query(jdbc, "referral", Map.of("urgency", "urgency."),
                "select r.submitted_at, u.display_name as referrer, r.reason, r.known_issues, r.urgency, r.consent_on, "
                        + "r.decided_at, r.decline_reason, r.decline_advice, o.name as advised_organisation, "
                        + "r.matched_at, r.match_rationale, "
                        + "to_char(r.start_meeting_at, 'YYYY-MM-DD\"T\"HH24:MI') as start_meeting_at, "
                        + "r.start_meeting_place from referral r left join v_user u on u.id = r.referrer_id "
                        + "left join v_organisation o on o.id = r.advised_organisation_id where r.client_id = ?",
                clientId));
    }
}
