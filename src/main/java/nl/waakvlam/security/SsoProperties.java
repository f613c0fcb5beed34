package nl.waakvlam.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

import java.util.List;

/**
 * Single sign-on with the organisation's OpenID Connect provider ({@code waakvlam.sso.*}). Nothing
 * changes while {@code issuer-uri} is unset: the login page has the password form only.
 *
 * @param issuerUri           the provider's issuer; its discovery document lives under it
 * @param clientId            Waakvlam's client id at the provider
 * @param clientSecret        Waakvlam's client secret at the provider
 * @param displayName         the organisation's name on the button ("Inloggen via …")
 * @param passwordLogin       false: sign-in through the provider only (no password form, no password sign-in)
 * @param usernameClaim       the claim whose value names the Waakvlam account: a value with an {@code @} is
 *                            matched to the account's e-mail address, any other value to its user name
 * @param mfaAcr              {@code acr} values that the provider only issues after a second factor
 * @param providerEnforcesMfa true when the provider itself requires a second factor for Waakvlam (a
 *                            conditional-access policy) but does not say so in the token
 * @param scopes              the scopes asked for
 * @param redirectUri         where the provider sends the browser back; by default derived from the request
 */
@ConfigurationProperties("waakvlam.sso")
record SsoProperties(String issuerUri, String clientId, String clientSecret, String displayName,
                     @DefaultValue("true") boolean passwordLogin,
                     @DefaultValue("preferred_username") String usernameClaim,
                     @DefaultValue List<String> mfaAcr,
                     @DefaultValue("false") boolean providerEnforcesMfa,
                     @DefaultValue({"openid", "profile", "email"}) List<String> scopes,
                     @DefaultValue(SsoProperties.DEFAULT_REDIRECT_URI) String redirectUri) {

    /** The one registration: the callback is {@code /login/oauth2/code/sso}. */
    static final String REGISTRATION_ID = "sso";
    static final String DEFAULT_REDIRECT_URI = "{baseUrl}/login/oauth2/code/{registrationId}";
    static final String ISSUER_URI_PROPERTY = "waakvlam.sso.issuer-uri";

    boolean enabled() {
        return StringUtils.hasText(issuerUri);
    }

    /** The organisation's name for the button, or null for the general wording. */
    String organisation() {
        return StringUtils.hasText(displayName) ? displayName.trim() : null;
    }

    /** Password sign-in stays available unless single sign-on is on and the password form is switched off. */
    boolean passwordLoginAvailable() {
        return !enabled() || passwordLogin;
    }
}
