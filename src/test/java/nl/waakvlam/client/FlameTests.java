package nl.waakvlam.client;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The flame at its boundaries: 75% of the interval, the interval itself, and no contact ever. */
class FlameTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final LocalDate LONG_AGO = TODAY.minusYears(1);

    @Test
    void exactlyAt75PercentTheFlameStillBurns() {
        assertThat(Flame.of(TODAY.minusDays(21), LONG_AGO, 28, TODAY)).isEqualTo(Flame.BURNING);
        assertThat(Flame.of(TODAY.minusDays(3), LONG_AGO, 4, TODAY)).isEqualTo(Flame.BURNING);
    }

    @Test
    void overThreeQuartersItFlickers() {
        assertThat(Flame.of(TODAY.minusDays(22), LONG_AGO, 28, TODAY)).isEqualTo(Flame.FLICKERING);
        assertThat(Flame.of(TODAY.minusDays(6), LONG_AGO, 7, TODAY)).isEqualTo(Flame.FLICKERING);
        assertThat(Flame.of(TODAY.minusDays(5), LONG_AGO, 7, TODAY)).isEqualTo(Flame.BURNING);
    }

    @Test
    void atTheIntervalItFlickersAndPastItGoesOut() {
        assertThat(Flame.of(TODAY.minusDays(28), LONG_AGO, 28, TODAY)).isEqualTo(Flame.FLICKERING);
        assertThat(Flame.of(TODAY.minusDays(29), LONG_AGO, 28, TODAY)).isEqualTo(Flame.GOING_OUT);
        assertThat(Flame.of(TODAY.minusDays(8), LONG_AGO, 7, TODAY)).isEqualTo(Flame.GOING_OUT);
    }

    @Test
    void aContactTodayBurns() {
        assertThat(Flame.of(TODAY, LONG_AGO, 7, TODAY)).isEqualTo(Flame.BURNING);
    }

    @Test
    void withoutAnyRealContactTheFlameCountsFromTheStartOfCoaching() {
        // attempts only, or no contact at all: there is no reached contact to count from
        assertThat(Flame.of(null, TODAY, 7, TODAY)).isEqualTo(Flame.BURNING);
        assertThat(Flame.of(null, TODAY.minusDays(6), 7, TODAY)).isEqualTo(Flame.FLICKERING);
        assertThat(Flame.of(null, TODAY.minusDays(8), 7, TODAY)).isEqualTo(Flame.GOING_OUT);
        assertThat(Flame.of(null, LONG_AGO, 28, TODAY)).isEqualTo(Flame.GOING_OUT);
    }
}
