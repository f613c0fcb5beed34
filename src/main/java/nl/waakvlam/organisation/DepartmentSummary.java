package nl.waakvlam.organisation;

/** Read model of a department of an organisation. */
public record DepartmentSummary(Long id, Long organisationId, String name, boolean active, long version) {

    static DepartmentSummary of(Department department) {
        return new DepartmentSummary(department.getId(), department.getOrganisationId(), department.getName(),
                department.isActive(), department.getVersion());
    }
}
