package nl.waakvlam.support;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real OpenID Connect provider for the single sign-on tests: Spring Authorization Server as a small
 * application of its own on a random loopback port, with a form login, in-memory people and one
 * registered client for Waakvlam. Each person's ID token carries the claims a test gives them
 * ({@code preferred_username}, {@code email}, {@code amr}, …), as an organisation's provider would.
 * <p>
 * Its session cookie has its own name: both servers live on 127.0.0.1, and cookies do not tell
 * ports apart. Started once per JVM on first use and stopped by {@link #stop()}.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableWebSecurity
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class})
public class TestIdentityProvider {

    public static final String CLIENT_ID = "waakvlam";
    public static final String CLIENT_SECRET = "geheim-voor-de-test";
    /** Every person at this provider signs in with this password. */
    public static final String PASSWORD = "wachtwoord-bij-de-organisatie";

    private static final Map<String, Map<String, Object>> CLAIMS = new ConcurrentHashMap<>();
    private static ConfigurableApplicationContext running;

    /** Starts the provider when it is not running yet; its issuer (http://127.0.0.1:port). */
    public static synchronized String issuer() {
        if (running == null) {
            // Starts in the middle of a test context: it must leave the JVM's logging as that context set it.
            String loggingSystem = System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
            try {
                running = new SpringApplicationBuilder(TestIdentityProvider.class)
                        .logStartupInfo(false)
                        .run("--spring.config.name=waakvlam-test-identity-provider", "--spring.main.banner-mode=off",
                                "--server.port=0", "--server.address=127.0.0.1",
                                "--server.servlet.session.cookie.name=IDP_SESSION");
            } finally {
                if (loggingSystem == null) {
                    System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
                } else {
                    System.setProperty(LoggingSystem.SYSTEM_PROPERTY, loggingSystem);
                }
            }
        }
        int port = ((WebServerApplicationContext) running).getWebServer().getPort();
        return "http://127.0.0.1:" + port;
    }

    public static synchronized void stop() {
        if (running != null) {
            running.close();
            running = null;
            CLAIMS.clear();
        }
    }

    /** A person the provider knows: they sign in as {@code login}, their ID token carries {@code claims}. */
    public static void person(String login, Map<String, Object> claims) {
        issuer();
        CLAIMS.put(login, Map.copyOf(claims));
        InMemoryUserDetailsManager people = running.getBean(InMemoryUserDetailsManager.class);
        if (!people.userExists(login)) {
            people.createUser(User.withUsername(login).password("{noop}" + PASSWORD).roles("USER").build());
        }
    }

    @Bean
    SecurityFilterChain identityProviderChain(HttpSecurity http) {
        http.oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    InMemoryUserDetailsManager people() {
        return new InMemoryUserDetailsManager();
    }

    @Bean
    RegisteredClientRepository registeredClients() {
        // A loopback redirect URI matches on any port (RFC 8252), so Waakvlam's random port needs no registration.
        RegisteredClient waakvlam = RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(CLIENT_ID)
                .clientSecret("{noop}" + CLIENT_SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("http://127.0.0.1/login/oauth2/code/sso")
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .scope(OidcScopes.EMAIL)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .build();
        return new InMemoryRegisteredClientRepository(waakvlam);
    }

    /** The person's claims go into the ID token (and from there into the user-info answer). */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> personClaims() {
        return context -> {
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                CLAIMS.getOrDefault(context.getPrincipal().getName(), Map.of())
                        .forEach((name, value) -> context.getClaims().claim(name, value));
            }
        };
    }

    @Bean
    JWKSource<SecurityContext> signingKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The user-info endpoint accepts the access tokens this provider issued. */
    @Bean
    JwtDecoder accessTokens(JWKSource<SecurityContext> signingKeys) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(signingKeys);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        // No fixed issuer: it is taken from the request, http://127.0.0.1:<random port>.
        return AuthorizationServerSettings.builder().build();
    }
}
