package nl.waakvlam.client;

import nl.waakvlam.settings.CoachedPhase;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The settings module names the coached phases without knowing {@link Phase}; the two must agree. */
class CoachedPhasesTests {

    @Test
    void everyCoachedPhaseHasItsOwnRhythmAndWeightSetting() {
        assertThat(Arrays.stream(CoachedPhase.values()).map(Enum::name))
                .containsExactlyInAnyOrderElementsOf(Phase.COACHED.stream().map(Enum::name).toList());
    }
}
