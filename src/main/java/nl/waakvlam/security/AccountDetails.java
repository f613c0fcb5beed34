package nl.waakvlam.security;

import java.time.Instant;

/**
 * An account as the administrator sees it: who, which role, since when, when last signed in, and
 * whether an invitation is still waiting. Never the password hash.
 */
public record AccountDetails(Long id, String username, String displayName, Role role, String email, String phone,
                             Long organisationId, Long departmentId, boolean enabled, Instant createdAt,
                             Instant lastLoginAt, Instant deactivatedAt, boolean invitationOpen,
                             String preferredLanguage, Instant secondFactorSince, long version) {

    static AccountDetails of(UserAccount account, boolean invitationOpen) {
        return new AccountDetails(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getRole(), account.getEmail(), account.getPhone(), account.getOrganisationId(),
                account.getDepartmentId(), account.isEnabled(), account.getCreatedAt(), account.getLastLoginAt(),
                account.getDeactivatedAt(), invitationOpen, account.getPreferredLanguage(), account.getTotpEnrolledAt(),
                account.getVersion());
    }
}
