package nl.waakvlam;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Waakvlam: caseload management for lifecoaches in a waakvlamvoorziening.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class WaakvlamApplication {

    public static void main(String[] args) {
        SpringApplication.run(WaakvlamApplication.class, args);
    }
}
