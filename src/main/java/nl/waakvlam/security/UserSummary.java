package nl.waakvlam.security;

/** Read model of an account, for other modules and pages. Never carries the password hash. */
public record UserSummary(Long id, String username, String displayName, Role role, String email, String phone,
                          Long organisationId, Long departmentId, boolean enabled) {

    static UserSummary of(UserAccount account) {
        return new UserSummary(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
                account.getEmail(), account.getPhone(), account.getOrganisationId(), account.getDepartmentId(),
                account.isEnabled());
    }
}
