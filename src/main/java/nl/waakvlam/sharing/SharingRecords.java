package nl.waakvlam.sharing;

import nl.waakvlam.client.ClientDataExport;
import nl.waakvlam.client.ClientRecords;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/**
 * What is agreed and shared with referrers, in the client's data on request: feedback agreements,
 * consents, the referrers' context notes and every version of the progress reports.
 */
@Component
class SharingRecords implements ClientDataExport {

    private final JdbcTemplate jdbc;

    SharingRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ClientRecords> records(Long clientId) {
        return List.of(
                ClientRecords.query(jdbc, "agreements", Map.of("frequency", "feedbackFrequency.",
                                "channel", "feedbackChannel."),
                        "select u.display_name as referrer, a.frequency, a.topics, a.channel, a.made_on, a.next_due "
                                + "from feedback_agreement a left join v_user u on u.id = a.referrer_id "
                                + "where a.client_id = ? order by a.made_on, a.id", clientId),
                ClientRecords.query(jdbc, "consents", Map.of("recipient_type", "recipientType.",
                                "obtained_how", "obtainedHow."),
                        "select c.recipient_type, coalesce(u.display_name, o.name, c.recipient_name) as recipient, "
                                + "c.scope_reports, c.scope_events, c.scope_goals, c.obtained_how, c.given_on, "
                                + "c.withdrawn_on from consent c left join v_user u on u.id = c.recipient_user_id "
                                + "left join v_organisation o on o.id = c.recipient_organisation_id "
                                + "where c.client_id = ? order by c.given_on, c.id", clientId),
                ClientRecords.query(jdbc, "referrer_notes", Map.of(),
                        "select n.noticed_on, u.display_name as referrer, n.note, n.created_at from referrer_note n "
                                + "left join v_user u on u.id = n.referrer_id where n.client_id = ? "
                                + "order by n.noticed_on, n.id", clientId),
                ClientRecords.query(jdbc, "reports", Map.of("status", "reportStatus."),
                        "select r.period_from, r.period_to, r.version_no, r.status, r.discussed_on, r.released_at, "
                                + "r.body, r.created_at from progress_report r where r.client_id = ? "
                                + "order by r.period_from, r.version_no, r.id", clientId));
    }
}
