package nl.waakvlam.operations;

import nl.waakvlam.shared.database.DatabaseRoles;
import nl.waakvlam.WaakvlamApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Starts the whole application on a database of the test's choosing, as a production instance would run. */
final class Instances {

    private Instances() {
    }

    static ConfigurableApplicationContext start(String jdbcUrl, Map<String, String> extra) {
        // arguments, not default properties: they must win over application.properties (server.port=8080)
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + jdbcUrl,
                // Flyway as the schema owner, the application as the runtime role (trust on loopback)
                "--spring.datasource.username=" + DatabaseRoles.RUNTIME,
                "--spring.flyway.user=" + DatabaseRoles.OWNER,
                "--server.port=0",
                "--server.address=127.0.0.1"));
        extra.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        return new SpringApplicationBuilder(WaakvlamApplication.class)
                .profiles("test")
                .run(arguments.toArray(String[]::new));
    }

    static int port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }
}
