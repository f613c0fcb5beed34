package nl.waakvlam.security;

/** Command to create an account; the password arrives in plain text and is hashed at once. */
public record NewAccount(String username, String rawPassword, String displayName, String email, String phone,
                         Role role, Long organisationId, Long departmentId) {
}
