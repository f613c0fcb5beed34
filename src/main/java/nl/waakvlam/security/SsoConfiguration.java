package nl.waakvlam.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Single sign-on, only when {@code waakvlam.sso.issuer-uri} is set: without it there is no client
 * registration at all and the application starts exactly as without this feature.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SsoConfiguration.IssuerConfigured.class)
class SsoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SsoConfiguration.class);

    @Bean
    SsoLogin ssoLogin(SsoProperties properties, UserAccountRepository accounts, AuditLog auditLog,
                      AccountService accountService, ObjectProvider<LocaleResolver> localeResolver,
                      ObjectProvider<SignInThrottle> throttle) {
        require(properties.clientId(), "waakvlam.sso.client-id");
        require(properties.clientSecret(), "waakvlam.sso.client-secret");
        log.info("Single sign-on through {} (password sign-in {})", properties.issuerUri().trim(),
                properties.passwordLogin() ? "also available" : "switched off");
        return new SsoLogin(properties, new SsoClientRegistrations(properties),
                new SsoUserService(accounts, auditLog, properties),
                new SsoLoginSuccessHandler(new LoginSuccessHandler(accountService, localeResolver.getIfAvailable(),
                        throttle.getIfAvailable()), auditLog),
                new SsoLoginFailureHandler());
    }

    private static void require(String value, String property) {
        if (!StringUtils.hasText(value)) {
            throw new IllegalStateException(property + " is required when " + SsoProperties.ISSUER_URI_PROPERTY
                    + " is set");
        }
    }

    static final class IssuerConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Binder.get(context.getEnvironment()).bind(SsoProperties.ISSUER_URI_PROPERTY, String.class)
                    .map(StringUtils::hasText).orElse(false);
        }
    }
}
