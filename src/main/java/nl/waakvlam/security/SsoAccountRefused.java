package nl.waakvlam.security;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

import java.io.Serial;

/** The provider knows the person, Waakvlam has no active account for them: no sign-in, and no account made. */
class SsoAccountRefused extends OAuth2AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String ERROR_CODE = "waakvlam_no_account";

    /** The name the provider gave (may be null when the configured claim was missing). */
    private final String providerName;

    SsoAccountRefused(String providerName) {
        super(new OAuth2Error(ERROR_CODE), "no active Waakvlam account for this identity");
        this.providerName = providerName;
    }

    String providerName() {
        return providerName;
    }
}
