package nl.waakvlam.shared.database;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.Map;

/**
 * The runtime role, seen from both sides: the migrations grant it data rights by name (the Flyway
 * placeholder {@code runtime_role}, the application's own database user unless
 * {@code spring.flyway.placeholders.runtime_role} says otherwise), and at start-up
 * {@link RuntimeRoleCheck} refuses a runtime role with more rights than that.
 */
@Configuration(proxyBeanMethods = false)
class RuntimeRoleConfiguration {

    static final String ALLOW_PRIVILEGED = "waakvlam.database.allow-privileged-runtime-role";

    @Bean
    FlywayConfigurationCustomizer runtimeRolePlaceholder(ObjectProvider<JdbcConnectionDetails> connectionDetails) {
        return configuration -> {
            Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
            if (!placeholders.containsKey("runtime_role")) {
                JdbcConnectionDetails details = connectionDetails.getIfAvailable();
                String user = details == null ? null : details.getUsername();
                placeholders.put("runtime_role", user == null || user.isBlank() ? DatabaseRoles.RUNTIME : user);
                configuration.placeholders(placeholders);
            }
        };
    }

    @Bean
    RuntimeRoleCheck runtimeRoleCheck(DataSource dataSource, Environment environment) {
        RuntimeRoleCheck check = new RuntimeRoleCheck(environment.getProperty(ALLOW_PRIVILEGED, Boolean.class, false));
        check.verify(dataSource);
        return check;
    }
}
