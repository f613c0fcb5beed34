package nl.waakvlam.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;

import javax.sql.DataSource;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL stops after the application context has closed: whatever still uses the
 * database while the context closes (the event registry, the connection pool) finds it running, and
 * afterwards nothing is left running.
 */
class EmbeddedDatabaseShutdownTests {

    /** What the last user of the database saw when the context closed it. */
    static final AtomicReference<String> LAST_QUERY = new AtomicReference<>();

    @Configuration(proxyBeanMethods = false)
    static class Pool {

        @Bean(destroyMethod = "close")
        HikariDataSource dataSource(JdbcConnectionDetails details) {
            HikariDataSource pool = new HikariDataSource();
            pool.setJdbcUrl(details.getJdbcUrl());
            pool.setUsername(details.getUsername());
            pool.setConnectionTimeout(2000);
            return pool;
        }

        /** Asks the database one last thing while the context closes, as the event registry does. */
        @Bean
        AutoCloseable lastUser(DataSource dataSource) {
            return () -> {
                try {
                    LAST_QUERY.set(new JdbcTemplate(dataSource).queryForObject("select 'still running'", String.class));
                } catch (RuntimeException e) {
                    LAST_QUERY.set(e.getClass().getSimpleName());
                }
            };
        }
    }

    @Test
    void stopsAfterEverythingThatUsesItHasClosed(@TempDir Path data) {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("waakvlam.embedded-db.data-dir", data.resolve("postgres").toString());
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.setEnvironment(environment);
        context.register(EmbeddedDatabaseConfiguration.class, Pool.class);
        context.refresh();
        int port = context.getBean(EmbeddedPostgresServer.class).port();
        HikariDataSource pool = context.getBean(HikariDataSource.class);
        assertThat(new JdbcTemplate(pool).queryForObject("select 1", Integer.class)).isEqualTo(1);

        context.close();

        assertThat(LAST_QUERY.get()).isEqualTo("still running");
        assertThat(pool.isClosed()).isTrue();
        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            }
        }).as("nothing listens on the database's port any more").isInstanceOf(java.io.IOException.class);
    }
}
