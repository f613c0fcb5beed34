package nl.waakvlam.shared.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * True when the application should run its own embedded PostgreSQL: no external database URL is
 * configured and {@code waakvlam.embedded-db.enabled} is not switched off (the tests switch it
 * off because they bring their own database).
 */
public class EmbeddedDatabaseCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isEmbedded(context.getEnvironment());
    }

    public static boolean isEmbedded(Environment environment) {
        String url = environment.getProperty("spring.datasource.url");
        boolean enabled = environment.getProperty("waakvlam.embedded-db.enabled", Boolean.class, true);
        return enabled && (url == null || url.isBlank());
    }
}
