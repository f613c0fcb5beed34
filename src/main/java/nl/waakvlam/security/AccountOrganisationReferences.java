package nl.waakvlam.security;

import nl.waakvlam.organisation.OrganisationMerge;
import nl.waakvlam.organisation.OrganisationReferences;
import nl.waakvlam.organisation.ReferenceCount;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** Accounts belong to an organisation and department; a merge moves them (the account's version goes up). */
@Component
class AccountOrganisationReferences implements OrganisationReferences {

    private final JdbcTemplate jdbc;

    AccountOrganisationReferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ReferenceCount> count(Long organisationId) {
        return List.of(new ReferenceCount("organisationReference.accounts", jdbc.queryForObject(
                "select count(*) from user_account where organisation_id = ?", Long.class, organisationId)));
    }

    @Override
    public long countDepartment(Long departmentId) {
        return jdbc.queryForObject("select count(*) from user_account where department_id = ?", Long.class,
                departmentId);
    }

    @Override
    public void move(OrganisationMerge merge) {
        merge.departments().forEach((from, to) -> jdbc.update(
                "update user_account set department_id = ?, version = version + 1 where department_id = ?", to, from));
        jdbc.update("update user_account set organisation_id = ?, version = version + 1 where organisation_id = ?",
                merge.remainingId(), merge.duplicateId());
    }
}
