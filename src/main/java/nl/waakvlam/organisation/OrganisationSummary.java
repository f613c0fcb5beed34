package nl.waakvlam.organisation;

/** Read model of an organisation for other modules and pages. */
public record OrganisationSummary(Long id, String name, OrganisationType type, String phone, String email) {

    static OrganisationSummary of(Organisation organisation) {
        return new OrganisationSummary(organisation.getId(), organisation.getName(), organisation.getType(),
                organisation.getPhone(), organisation.getEmail());
    }
}
