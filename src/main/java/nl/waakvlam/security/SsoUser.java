package nl.waakvlam.security;

import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.io.Serial;

/**
 * The person the identity provider signed in, matched to their Waakvlam account. Lives only until
 * {@link SsoLoginSuccessHandler} puts the account itself ({@link CurrentUser}) into the session.
 */
final class SsoUser extends DefaultOidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final CurrentUser account;
    private final boolean secondFactor;

    SsoUser(OidcUser identity, CurrentUser account, boolean secondFactor) {
        super(identity.getAuthorities(), identity.getIdToken(), identity.getUserInfo(), IdTokenClaimNames.SUB);
        this.account = account;
        this.secondFactor = secondFactor;
    }

    CurrentUser account() {
        return account;
    }

    /** Whether the provider vouched for a second factor. */
    boolean secondFactor() {
        return secondFactor;
    }

    @Override
    public String getName() {
        return account.getUsername();
    }
}
