package nl.waakvlam.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in PostgreSQL through Spring Session JDBC (configured by Spring Boot from
 * {@code spring.session.jdbc.*}), so that every instance serves every signed-in request.
 *
 * <p>Two requests of one session at the same moment (two tabs, a double click) may both add the same
 * attribute, the flash message of a redirect for one. The plain {@code INSERT} would then fail the
 * second with a duplicate key; Spring Session's own PostgreSQL customizer turns it into an upsert, so
 * the last write wins as it would in a session held in memory. Boot's customizer (table name, flush
 * and save mode) runs first, at the highest precedence, so this one is applied on top of it.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributeUpsert() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
