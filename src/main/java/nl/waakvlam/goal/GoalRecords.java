package nl.waakvlam.goal;

import nl.waakvlam.client.ClientDataExport;
import nl.waakvlam.client.ClientRecords;
import nl.waakvlam.reference.ReferenceData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/** The goals in the client's data on request, with their progress notes. */
@Component
class GoalRecords implements ClientDataExport {

    private final JdbcTemplate jdbc;
    private final ReferenceData referenceData;

    GoalRecords(JdbcTemplate jdbc, ReferenceData referenceData) {
        this.jdbc = jdbc;
        this.referenceData = referenceData;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ClientRecords> records(Long clientId) {
        return List.of(ClientRecords.query(jdbc, "goals", Map.of("owner", "goalOwner.", "status", "goalStatus."),
                        "select g.description, g.life_domain_id as life_domain, g.owner, g.status, g.target_date, "
                                + "g.progress_notes, u.display_name as created_by, g.created_at, g.updated_at "
                                + "from goal g left join v_user u on u.id = g.created_by where g.client_id = ? "
                                + "order by g.created_at, g.id", clientId)
                .lifeDomainNames("life_domain", referenceData));
    }
}
