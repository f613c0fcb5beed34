package nl.waakvlam.security;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

import java.util.function.Function;

/**
 * The one client registration, read from the provider's discovery document on the first sign-in
 * rather than at start-up: Waakvlam starts (and password sign-in works) while the provider cannot
 * be reached, and the next attempt tries again.
 */
class SsoClientRegistrations implements ClientRegistrationRepository {

    private final SsoProperties properties;
    private final Function<String, ClientRegistration.Builder> discovery;
    private volatile ClientRegistration registration;

    SsoClientRegistrations(SsoProperties properties) {
        this(properties, ClientRegistrations::fromOidcIssuerLocation);
    }

    SsoClientRegistrations(SsoProperties properties, Function<String, ClientRegistration.Builder> discovery) {
        this.properties = properties;
        this.discovery = discovery;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!SsoProperties.REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = discover();
                }
                known = registration;
            }
        }
        return known;
    }

    private ClientRegistration discover() {
        return discovery.apply(properties.issuerUri().trim())
                .registrationId(SsoProperties.REGISTRATION_ID)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(properties.redirectUri())
                .scope(properties.scopes())
                .clientName(properties.organisation() == null ? "SSO" : properties.organisation())
                .build();
    }
}
