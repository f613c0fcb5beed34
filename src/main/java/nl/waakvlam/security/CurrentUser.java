package nl.waakvlam.security;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

/**
 * The signed-in user as every controller sees it ({@code @AuthenticationPrincipal CurrentUser}).
 * Carries the ids that visibility rules need, so no page has to look the account up again.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String username;
    private String passwordHash;
    private final String displayName;
    private final Role role;
    private final Long organisationId;
    private final boolean enabled;
    private final int sessionEpoch;
    /** The account had a second factor when this session signed in: then it is asked, whatever the role. */
    private final boolean secondFactor;

    CurrentUser(Long id, String username, String passwordHash, String displayName, Role role,
                Long organisationId, boolean enabled, int sessionEpoch) {
        this(id, username, passwordHash, displayName, role, organisationId, enabled, sessionEpoch, false);
    }

    CurrentUser(Long id, String username, String passwordHash, String displayName, Role role,
                Long organisationId, boolean enabled, int sessionEpoch, boolean secondFactor) {
        this.secondFactor = secondFactor;
        this.sessionEpoch = sessionEpoch;
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.organisationId = organisationId;
        this.enabled = enabled;
    }

    static CurrentUser of(UserAccount account) {
        return new CurrentUser(account.getId(), account.getUsername(), account.getPasswordHash(),
                account.getDisplayName(), account.getRole(), account.getOrganisationId(), account.isEnabled(),
                account.getSessionEpoch(), account.hasSecondFactor());
    }

    /** The same person as the account stands now (role, organisation, name), in the given session epoch. */
    CurrentUser refreshed(AccountService.Standing standing, int epoch) {
        return new CurrentUser(id, username, null, standing.displayName(), standing.role(),
                standing.organisationId(), standing.enabled(), epoch, secondFactor);
    }

    /** Whether the account had a second factor at sign-in (a client or coach may add one of their own accord). */
    boolean secondFactor() {
        return secondFactor;
    }

    /** The epoch this session signed in with; a higher one on the account means the session has ended. */
    int sessionEpoch() {
        return sessionEpoch;
    }

    public Long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public boolean is(Role candidate) {
        return role == candidate;
    }

    /** The referrer's organisation; null for other roles. */
    public Long organisationId() {
        return organisationId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
