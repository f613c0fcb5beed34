package nl.waakvlam.client;

import nl.waakvlam.organisation.OrganisationMerge;
import nl.waakvlam.organisation.OrganisationReferences;
import nl.waakvlam.organisation.ReferenceCount;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** A client's referring organisation and department; a merge moves them (the client's version goes up). */
@Component
class ClientOrganisationReferences implements OrganisationReferences {

    private final JdbcTemplate jdbc;

    ClientOrganisationReferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ReferenceCount> count(Long organisationId) {
        return List.of(new ReferenceCount("organisationReference.clients", jdbc.queryForObject(
                "select count(*) from client where referring_organisation_id = ?", Long.class, organisationId)));
    }

    @Override
    public long countDepartment(Long departmentId) {
        return jdbc.queryForObject("select count(*) from client where referring_department_id = ?", Long.class,
                departmentId);
    }

    @Override
    public void move(OrganisationMerge merge) {
        merge.departments().forEach((from, to) -> jdbc.update("update client set referring_department_id = ?, "
                + "version = version + 1 where referring_department_id = ?", to, from));
        jdbc.update("update client set referring_organisation_id = ?, version = version + 1 "
                + "where referring_organisation_id = ?", merge.remainingId(), merge.duplicateId());
    }
}
