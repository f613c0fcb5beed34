package nl.waakvlam.security;

import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The factor a single sign-on adds when the identity provider vouches for a second factor. Waakvlam's
 * own second factor is then not asked for: the provider already checked one.
 */
public final class SsoFactors {

    /** Granted next to {@code FACTOR_AUTHORIZATION_CODE} when the provider reports a second factor. */
    public static final String IDP_MFA_AUTHORITY = "FACTOR_IDP_MFA";

    /**
     * {@code amr} values (RFC 8176) that mean more than a password: multiple factors, a one-time code,
     * a hardware or software key, an SMS code, a FIDO authenticator.
     */
    static final Set<String> MULTI_FACTOR_METHODS = Set.of("mfa", "otp", "hwk", "swk", "sms", "fido");

    private SsoFactors() {
    }

    public static FactorGrantedAuthority identityProviderMfa() {
        return FactorGrantedAuthority.fromAuthority(IDP_MFA_AUTHORITY);
    }

    /** Whether the ID token says the user signed in with a second factor ({@code amr}, or an agreed {@code acr}). */
    static boolean reportsSecondFactor(OidcIdToken idToken, Collection<String> multiFactorAcrValues) {
        if (methods(idToken.getClaims().get("amr")).stream().anyMatch(MULTI_FACTOR_METHODS::contains)) {
            return true;
        }
        String acr = idToken.getClaimAsString("acr");
        return acr != null && multiFactorAcrValues.stream().anyMatch(value -> value.trim().equals(acr));
    }

    /** {@code amr} is an array of strings; a provider that sends a single string is read the same way. */
    private static List<String> methods(Object amr) {
        if (amr instanceof Collection<?> values) {
            return values.stream().map(value -> String.valueOf(value).toLowerCase(Locale.ROOT)).toList();
        }
        if (amr instanceof String value) {
            return List.of(value.toLowerCase(Locale.ROOT));
        }
        return List.of();
    }
}
