package nl.waakvlam;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Waakvlam: caseload management for lifecoaches in a waakvlamvoorziening.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WaakvlamApplication {

    public static void main(String[] args) {
        SpringApplication.run(WaakvlamApplication.class, args);
    }
}
