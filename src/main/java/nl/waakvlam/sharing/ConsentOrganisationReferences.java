package nl.waakvlam.sharing;

import nl.waakvlam.organisation.OrganisationMerge;
import nl.waakvlam.organisation.OrganisationReferences;
import nl.waakvlam.organisation.ReferenceCount;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Consent given for an organisation as recipient; a merge moves it (the consent's version goes
 * up), so the client's consent follows the organisation under its remaining name.
 */
@Component
class ConsentOrganisationReferences implements OrganisationReferences {

    private final JdbcTemplate jdbc;

    ConsentOrganisationReferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ReferenceCount> count(Long organisationId) {
        return List.of(new ReferenceCount("organisationReference.consents", jdbc.queryForObject(
                "select count(*) from consent where recipient_organisation_id = ?", Long.class, organisationId)));
    }

    @Override
    public long countDepartment(Long departmentId) {
        return 0;
    }

    @Override
    public void move(OrganisationMerge merge) {
        jdbc.update("update consent set recipient_organisation_id = ?, version = version + 1 "
                + "where recipient_organisation_id = ?", merge.remainingId(), merge.duplicateId());
    }
}
