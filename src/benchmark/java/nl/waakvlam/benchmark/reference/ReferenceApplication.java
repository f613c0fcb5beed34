package nl.waakvlam.benchmark.reference;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.servlet.autoconfigure.HttpEncodingAutoConfiguration;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The benchmark's reference: a plain Spring Boot application of the kind the speed targets are
 * measured against (spring-petclinic's owner page: Spring MVC, Thymeleaf, Spring Data JPA on
 * PostgreSQL, a handful of statements per page, no security, no session). It lives in the
 * benchmark's sources and does not change with Waakvlam's code, so that its throughput, measured in
 * the same minutes as Waakvlam's pages, turns figures from different sittings into ratios.
 *
 * <p>It shares Waakvlam's classpath (the benchmark starts it from there) but takes none of its
 * configuration: its own property file ({@code reference.properties}), its own package, only the
 * auto-configurations a web page with JPA needs, and its own embedded PostgreSQL with the petclinic's
 * owners, pets and visits.
 */
@SpringBootConfiguration
@AutoConfigurationPackage
@ComponentScan
@EnableJpaRepositories
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, ConfigurationPropertiesAutoConfiguration.class,
        TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class, HttpEncodingAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class, ThymeleafAutoConfiguration.class,
        DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        DataSourceInitializationAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
        DataJpaRepositoriesAutoConfiguration.class, TransactionAutoConfiguration.class})
public class ReferenceApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(ReferenceApplication.class);
        application.setDefaultProperties(java.util.Map.of("spring.config.name", "reference"));
        application.run(args);
    }

    /** A fresh PostgreSQL of the same version as Waakvlam's embedded one, stopped with the context. */
    @Bean(destroyMethod = "close")
    EmbeddedPostgres referencePostgres() throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(Path.of("target", "benchmark-reference-db"))
                .setCleanDataDirectory(true)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start();
    }

    @Bean
    JdbcConnectionDetails referenceConnection(EmbeddedPostgres postgres) {
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "postgres";
            }

            @Override
            public String getPassword() {
                return "postgres";
            }

            @Override
            public String getJdbcUrl() {
                return postgres.getJdbcUrl("postgres", "postgres");
            }
        };
    }
}
