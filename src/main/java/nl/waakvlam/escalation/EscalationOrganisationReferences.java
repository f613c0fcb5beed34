package nl.waakvlam.escalation;

import nl.waakvlam.organisation.OrganisationMerge;
import nl.waakvlam.organisation.OrganisationReferences;
import nl.waakvlam.organisation.ReferenceCount;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Scale-up targets, plan actions and mandate advice name organisations; a merge moves them (each
 * row's version goes up). Counted in one statement.
 */
@Component
class EscalationOrganisationReferences implements OrganisationReferences {

    private final JdbcTemplate jdbc;

    EscalationOrganisationReferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ReferenceCount> count(Long organisationId) {
        return jdbc.query("select (select count(*) from client_event where target_organisation_id = ?), "
                        + "(select count(*) from plan_action where organisation_id = ?), "
                        + "(select count(*) from mandate_advice where organisation_id = ?)",
                (rs, row) -> List.of(new ReferenceCount("organisationReference.events", rs.getLong(1)),
                        new ReferenceCount("organisationReference.planActions", rs.getLong(2)),
                        new ReferenceCount("organisationReference.mandates", rs.getLong(3))),
                organisationId, organisationId, organisationId).get(0);
    }

    @Override
    public long countDepartment(Long departmentId) {
        return 0;
    }

    @Override
    public void move(OrganisationMerge merge) {
        jdbc.update("update client_event set target_organisation_id = ?, version = version + 1 "
                + "where target_organisation_id = ?", merge.remainingId(), merge.duplicateId());
        jdbc.update("update plan_action set organisation_id = ?, version = version + 1 where organisation_id = ?",
                merge.remainingId(), merge.duplicateId());
        jdbc.update("update mandate_advice set organisation_id = ?, version = version + 1 where organisation_id = ?",
                merge.remainingId(), merge.duplicateId());
    }
}
