package nl.waakvlam.dashboard;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RecentFiguresTests {

    private static final DashboardFilter LAST_QUARTER =
            new DashboardFilter(LocalDate.of(2026, 8, 26), LocalDate.of(2026, 11, 26), null, null, null);
    private static final DashboardFilter ONE_COACH =
            new DashboardFilter(LocalDate.of(2026, 8, 26), LocalDate.of(2026, 11, 26), null, null, 7L);

    /** Counts how often the aggregates run; the figures themselves do not matter here. */
    static final class CountingQueries extends DashboardQueries {
        final AtomicInteger runs = new AtomicInteger();

        CountingQueries() {
            super(null, null, null);
        }

        @Override
        DashboardFigures figures(DashboardFilter filter) {
            runs.incrementAndGet();
            return null;
        }
    }

    @Test
    void theSameFilterWithinAMinuteIsComputedOnce() {
        CountingQueries queries = new CountingQueries();
        RecentFigures recent = new RecentFigures(queries, Clock.systemUTC(), Duration.ofMinutes(1));

        RecentFigures.Computed first = recent.figures(LAST_QUARTER);
        RecentFigures.Computed second = recent.figures(LAST_QUARTER);

        assertThat(queries.runs).hasValue(1);
        assertThat(second.at()).isEqualTo(first.at());
    }

    @Test
    void eachFilterHasItsOwnFigures() {
        CountingQueries queries = new CountingQueries();
        RecentFigures recent = new RecentFigures(queries, Clock.systemUTC(), Duration.ofMinutes(1));

        recent.figures(LAST_QUARTER);
        recent.figures(ONE_COACH);

        assertThat(queries.runs).hasValue(2);
    }

    @Test
    void zeroFreshnessComputesEveryTime() {
        CountingQueries queries = new CountingQueries();
        RecentFigures recent = new RecentFigures(queries, Clock.systemUTC(), Duration.ZERO);

        recent.figures(LAST_QUARTER);
        recent.figures(LAST_QUARTER);

        assertThat(queries.runs).hasValue(2);
    }
}
