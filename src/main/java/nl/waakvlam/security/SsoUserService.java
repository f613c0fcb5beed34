package nl.waakvlam.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.util.StringUtils;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Matches the person the identity provider signed in to an account the administrator made. The
 * configured claim names the account: a value with an {@code @} is compared with the accounts'
 * e-mail addresses (user names never contain one), any other value with the user names, both
 * without regard to case. Only an active account matches, and only one: no account is ever made
 * here, and the role stays the one Waakvlam assigned. A refusal is written to the audit trail as
 * a failed login under the name the provider gave.
 */
class SsoUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider;
    private final UserAccountRepository accounts;
    private final AuditLog auditLog;
    private final SsoProperties properties;

    SsoUserService(UserAccountRepository accounts, AuditLog auditLog, SsoProperties properties) {
        this(new OidcUserService(), accounts, auditLog, properties);
    }

    SsoUserService(OAuth2UserService<OidcUserRequest, OidcUser> provider, UserAccountRepository accounts,
                   AuditLog auditLog, SsoProperties properties) {
        this.provider = provider;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.properties = properties;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser identity = provider.loadUser(request);
        String name = identity.getClaimAsString(properties.usernameClaim());
        Optional<UserAccount> account = match(name, identity);
        if (account.isEmpty()) {
            auditLog.recordLogin(StringUtils.hasText(name) ? name.trim() : "(" + properties.usernameClaim() + "?)",
                    false);
            throw new SsoAccountRefused(name);
        }
        boolean secondFactor = properties.providerEnforcesMfa()
                || SsoFactors.reportsSecondFactor(identity.getIdToken(), properties.mfaAcr());
        return new SsoUser(identity, CurrentUser.of(account.get()), secondFactor);
    }

    private Optional<UserAccount> match(String name, OidcUser identity) {
        if (!StringUtils.hasText(name)) {
            return Optional.empty();
        }
        String normalised = name.trim().toLowerCase(Locale.ROOT);
        if (normalised.contains("@")) {
            // An address the provider itself has not verified names nobody.
            if (StandardClaimNames.EMAIL.equals(properties.usernameClaim())
                    && Boolean.FALSE.equals(identity.getEmailVerified())) {
                return Optional.empty();
            }
            // a client's own account never signs in through the organisation's provider
            List<UserAccount> withAddress = accounts.findByEmailIgnoreCaseAndEnabledTrue(normalised).stream()
                    .filter(account -> account.getRole() != Role.CLIENT).toList();
            return withAddress.size() == 1 ? Optional.of(withAddress.get(0)) : Optional.empty();
        }
        return accounts.findByUsername(normalised).filter(UserAccount::isEnabled)
                .filter(account -> account.getRole() != Role.CLIENT);
    }
}
