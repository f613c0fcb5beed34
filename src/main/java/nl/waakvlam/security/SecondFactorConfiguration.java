package nl.waakvlam.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationManagerFactories;
import org.springframework.security.authorization.AuthorizationManagerFactory;

/**
 * Spring Security's multi-factor support: every role rule ({@code hasRole}, {@code authenticated})
 * also asks for {@link MfaPolicy#FACTOR} when the policy requires a second factor for this user.
 * A request without it is sent to {@code /mfa} (see {@link SecurityConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
class SecondFactorConfiguration {

    @Bean
    AuthorizationManagerFactory<Object> secondFactorRequirement(MfaPolicy policy) {
        return AuthorizationManagerFactories.multiFactor()
                .requireFactors(MfaPolicy.FACTOR)
                .when(policy::required)
                .build();
    }
}
