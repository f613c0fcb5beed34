package nl.waakvlam.dashboard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The dashboard's figures per filter, computed at most once a minute. The figures aggregate the whole
 * programme (at a large provider: a million contact moments), so twenty project leaders and team
 * leads opening the dashboard at the same time would otherwise each run the same aggregates; now the
 * first computes them and the others wait for that result (Caffeine computes a key once) or take it
 * from memory. The page says when the figures were computed, so nobody mistakes them for live ones.
 *
 * <p>Deliberately a time-bounded copy, not one kept until something changes: every contact logged
 * changes the figures, so invalidation would leave nothing to keep. Each instance of a cluster keeps
 * its own copy; none is ever older than {@code waakvlam.dashboard.figures-fresh-for} (default one
 * minute; zero switches the copy off, as the tests do). Bounded to 500 filters.
 */
@Component
class RecentFigures {

    /** Figures and the moment they were computed. */
    record Computed(DashboardFigures figures, Instant at) {
    }

    private final DashboardQueries queries;
    private final Clock clock;
    private final Cache<DashboardFilter, Computed> recent;

    RecentFigures(DashboardQueries queries, Clock clock,
                  @Value("${waakvlam.dashboard.figures-fresh-for:PT1M}") Duration freshFor) {
        this.queries = queries;
        this.clock = clock;
        this.recent = freshFor.isZero() || freshFor.isNegative() ? null
                : Caffeine.newBuilder().expireAfterWrite(freshFor).maximumSize(500).build();
    }

    Computed figures(DashboardFilter filter) {
        if (recent == null) {
            return compute(filter);
        }
        return recent.get(filter, this::compute);
    }

    private Computed compute(DashboardFilter filter) {
        return new Computed(queries.figures(filter), clock.instant());
    }
}
