package nl.waakvlam.shared.operations;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Locale;
import java.util.Map;

/**
 * {@code WAAKVLAM_LOG_FORMAT=json} (or {@code waakvlam.log-format=json}) writes the console log as one
 * JSON object per line in Elastic Common Schema, Spring Boot's built-in structured logging, with the
 * request id of {@link RequestIdFilter}. An explicit {@code logging.structured.format.console} wins.
 */
public class LogFormat implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String format = environment.getProperty("waakvlam.log-format", "text").strip().toLowerCase(Locale.ROOT);
        if (format.equals("json") && !environment.containsProperty("logging.structured.format.console")) {
            environment.getPropertySources().addLast(new MapPropertySource("waakvlamLogFormat",
                    Map.of("logging.structured.format.console", "ecs")));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
