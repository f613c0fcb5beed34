package nl.waakvlam.referral;

import nl.waakvlam.organisation.OrganisationMerge;
import nl.waakvlam.organisation.OrganisationReferences;
import nl.waakvlam.organisation.ReferenceCount;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** The organisation a declined referral was advised to; a merge moves it (the referral's version goes up). */
@Component
class ReferralOrganisationReferences implements OrganisationReferences {

    private final JdbcTemplate jdbc;

    ReferralOrganisationReferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ReferenceCount> count(Long organisationId) {
        return List.of(new ReferenceCount("organisationReference.advisedReferrals", jdbc.queryForObject(
                "select count(*) from referral where advised_organisation_id = ?", Long.class, organisationId)));
    }

    @Override
    public long countDepartment(Long departmentId) {
        return 0;
    }

    @Override
    public void move(OrganisationMerge merge) {
        jdbc.update("update referral set advised_organisation_id = ?, version = version + 1 "
                + "where advised_organisation_id = ?", merge.remainingId(), merge.duplicateId());
    }
}
