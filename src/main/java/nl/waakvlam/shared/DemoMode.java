package nl.waakvlam.shared;

import nl.waakvlam.shared.database.EmbeddedDatabaseCondition;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Whether this deployment runs with demo data. On by default with the embedded database, off by
 * default with an external one; {@code waakvlam.demo.enabled} overrides both ways.
 */
@Component
public class DemoMode {

    /** The password of every demo account; printed on the login page in demo mode only. */
    public static final String PASSWORD = "waakvlam-demo-2026";

    public static final List<String> ACCOUNTS = List.of(
            "coach1", "coach2", "coach3", "coach4",
            "verwijzer1", "verwijzer2", "verwijzer3", "verwijzer4",
            "projectleider", "beheerder");

    private final boolean enabled;

    public DemoMode(Environment environment) {
        Boolean explicit = environment.getProperty("waakvlam.demo.enabled", Boolean.class);
        this.enabled = explicit != null ? explicit : EmbeddedDatabaseCondition.isEmbedded(environment);
    }

    public boolean isEnabled() {
        return enabled;
    }
}
