package nl.waakvlam.contact;

import nl.waakvlam.client.ClientDataExport;
import nl.waakvlam.client.ClientRecords;
import nl.waakvlam.reference.ReferenceData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/**
 * The contact moments in the client's data on request, with every note the coach wrote, the
 * private note included: the client has the right to see what is written about them. Deleted
 * contacts are included with when and why they were deleted, as they are still stored.
 */
@Component
class ContactRecords implements ClientDataExport {

    private final JdbcTemplate jdbc;
    private final ReferenceData referenceData;

    ContactRecords(JdbcTemplate jdbc, ReferenceData referenceData) {
        this.jdbc = jdbc;
        this.referenceData = referenceData;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ClientRecords> records(Long clientId) {
        return List.of(ClientRecords.query(jdbc, "contacts", Map.of("outcome", "contactOutcome.",
                                "type", "contactType.", "initiated_by", "initiatedBy.", "time_kind", "timeKind.",
                                "working_elements", "workingElement."),
                        "select m.occurred_at, m.outcome, m.type, m.initiated_by, m.duration_minutes, "
                                + "m.life_domain_ids as life_domains, m.working_elements, m.private_note, m.shared_note, "
                                + "m.follow_up_action, m.follow_up_due, m.follow_up_done_at, m.significant_decision, "
                                + "m.incident, m.time_kind, u.display_name as coach, m.created_at, m.updated_at, "
                                + "m.deleted_at, m.delete_reason from contact_moment m "
                                + "left join v_user u on u.id = m.coach_id where m.client_id = ? "
                                + "order by m.occurred_at, m.id", clientId)
                .lifeDomainNames("life_domains", referenceData));
    }
}
