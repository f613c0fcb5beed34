package nl.waakvlam.settings;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The environment variables operators already set stay the defaults the administrator starts from. */
class ProgrammeDefaultsTests {

    @Test
    void theEnvironmentVariablesBindAndUnsetPhasesKeepTheirDefaults() {
        Map<String, Object> environment = Map.of("WAAKVLAM_CENTRAL_PHONE", "088 123 45 67",
                "WAAKVLAM_PROGRAMME_NAME", "Waakvlam Drechtsteden", "WAAKVLAM_RHYTHM_DAYS_WAAKVLAM", "42",
                "WAAKVLAM_CASELOAD_WEIGHTS_INTENSIVE", "4");
        MutablePropertySources sources = new MutablePropertySources();
        // named as the real environment is, so that WAAKVLAM_RHYTHM_DAYS_WAAKVLAM maps to a key of the map
        sources.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                environment));
        ProgrammeDefaults defaults = new Binder(ConfigurationPropertySources.from(sources))
                .bind("waakvlam", Bindable.ofInstance(new ProgrammeDefaults())).get();

        assertThat(defaults.getCentralPhone()).isEqualTo("088 123 45 67");
        assertThat(defaults.getProgrammeName()).isEqualTo("Waakvlam Drechtsteden");
        assertThat(defaults.getRhythm().getDays()).containsEntry(CoachedPhase.WAAKVLAM, 42)
                .containsEntry(CoachedPhase.INTENSIVE, 7).containsEntry(CoachedPhase.SCALING_DOWN, 14);
        assertThat(defaults.getCaseload().getWeights()).containsEntry(CoachedPhase.INTENSIVE, 4)
                .containsEntry(CoachedPhase.WAAKVLAM, 1);
    }
}
