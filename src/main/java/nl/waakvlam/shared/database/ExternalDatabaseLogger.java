package nl.waakvlam.shared.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says in one line that an external database is in use. Only the host/port/database part of the
 * URL is logged: query parameters may carry credentials.
 */
@Component
class ExternalDatabaseLogger {

    private static final Logger log = LoggerFactory.getLogger(ExternalDatabaseLogger.class);

    private final Environment environment;

    ExternalDatabaseLogger(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void logMode() {
        if (EmbeddedDatabaseCondition.isEmbedded(environment)) {
            return;
        }
        String url = environment.getProperty("spring.datasource.url");
        if (url != null) {
            log.info("Database mode: external PostgreSQL at {}", withoutParameters(url));
        }
    }

    static String withoutParameters(String url) {
        int query = url.indexOf('?');
        String base = query >= 0 ? url.substring(0, query) : url;
        // jdbc:postgresql://user:secret@host/db is not valid for pgjdbc, but strip it anyway.
        return base.replaceAll("//[^/@]*@", "//");
    }
}
