package nl.waakvlam.security;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * How sessions are written to PostgreSQL. Two requests of one session at the same moment (two
 * tabs, a double click, a load test sharing a sign-in) may both add the same session attribute — the
 * flash message of a redirect, for one. Spring Session's plain {@code INSERT} then fails the second
 * with a duplicate key and the user gets a server error; PostgreSQL's upsert lets the last write
 * win instead, as it would in a session held in memory.
 *
 * <p>Set after the repository is built: a {@code SessionRepositoryCustomizer} is not enough, because
 * Boot's own customizer sets the table name, which rebuilds every query from the defaults.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    static final String CREATE_OR_REPLACE_ATTRIBUTE = """
            INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            VALUES (?, ?, ?)
            ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
            DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
            """;

    @Bean
    static BeanPostProcessor concurrentAttributeWrites() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JdbcIndexedSessionRepository repository) {
                    repository.setCreateSessionAttributeQuery(CREATE_OR_REPLACE_ATTRIBUTE);
                }
                return bean;
            }
        };
    }
}
