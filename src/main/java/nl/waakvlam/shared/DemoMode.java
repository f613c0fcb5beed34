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
            "projectleider", "beheerder", "secretariaat", "stuurgroep", "client1", "client2", "mentor1");

    /** How much demo data: the small programme of the demo, or a large provider's for load tests. */
    public enum Scale { SMALL, LARGE }

    private final boolean enabled;
    private final Scale scale;

    public DemoMode(Environment environment) {
        Boolean explicit = environment.getProperty("waakvlam.demo.enabled", Boolean.class);
        this.enabled = explicit != null ? explicit : EmbeddedDatabaseCondition.isEmbedded(environment);
        String configuredScale = environment.getProperty("waakvlam.demo.scale", "small").trim();
        this.scale = "large".equalsIgnoreCase(configuredScale) ? Scale.LARGE : Scale.SMALL;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** {@code waakvlam.demo.scale} ({@code WAAKVLAM_DEMO_SCALE}): {@code small} (default) or {@code large}. */
    public Scale scale() {
        return scale;
    }
}
