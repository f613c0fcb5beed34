package nl.waakvlam.dashboard;

import nl.waakvlam.support.IntegrationTest;
import nl.waakvlam.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard on a fiftieth of the large programme (loaded in a transaction that is rolled back),
 * for filters never asked before and without the one-minute copy: a fixed number of statements, the
 * contacts per week read from the per-day summary (not from every contact), and the same weeks as a
 * count over the contacts themselves.
 */
@IntegrationTest
class DashboardLargeProgrammeIT {

    @Autowired
    javax.sql.DataSource dataSource;
    @Autowired
    DashboardQueries queries;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    /** As the demo module loads it (its script, sized by a setting), in the test's transaction. */
    void loadAFiftiethOfTheLargeProgramme() {
        jdbc.execute("select set_config('waakvlam.large_factor', '0.02', true)");
        java.sql.Connection connection = org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource);
        try {
            org.springframework.jdbc.datasource.init.ScriptUtils.executeSqlScript(connection,
                    new org.springframework.core.io.support.EncodedResource(
                            new org.springframework.core.io.ClassPathResource("demo/large-programme.sql"),
                            java.nio.charset.StandardCharsets.UTF_8));
        } finally {
            org.springframework.jdbc.datasource.DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    @Test
    void everyFilterCostsTheSameStatementsAndTheWeeksComeFromTheSummary() {
        transaction.executeWithoutResult(status -> {
            loadAFiftiethOfTheLargeProgramme();
            LocalDate today = LocalDate.now();
            Long coach = jdbc.queryForObject("select coach_id from client where coach_id is not null "
                    + "group by coach_id order by count(*) desc limit 1", Long.class);
            Long track = jdbc.queryForObject("select min(id) from track", Long.class);
            Long organisation = jdbc.queryForObject("select referring_organisation_id from client "
                    + "group by referring_organisation_id order by count(*) desc limit 1", Long.class);
            List<DashboardFilter> filters = List.of(new DashboardFilter(today.minusMonths(3), today, null, null, null),
                    new DashboardFilter(today.minusYears(1), today, track, null, null),
                    new DashboardFilter(today.minusMonths(5), today.minusMonths(1), null, organisation, null),
                    new DashboardFilter(today.minusYears(2), today, null, null, coach));
            queries.figures(filters.get(0)); // what the application reads once is not a page's cost
            Long statements = null;
            for (DashboardFilter filter : filters) {
                StatementCounter.reset();
                DashboardFigures figures = queries.figures(filter);
                List<String> sql = StatementCounter.statements();
                if (statements == null) {
                    statements = StatementCounter.count();
                }
                assertThat(StatementCounter.count()).as("statements for " + filter).isEqualTo(statements)
                        .isLessThanOrEqualTo(20); // the dashboard's budget in PageStatementBudgetIT
                assertThat(sql).filteredOn(s -> s.contains("date_trunc('week'")).singleElement()
                        .satisfies(s -> assertThat(s).contains("v_contact_day").doesNotContain("v_contact_moment"));
                // the flames and the way to waakvlam read the per-client summaries, never the contacts or
                // the phase history themselves
                assertThat(sql).as("statements reading contacts or phase changes for " + filter)
                        .noneMatch(s -> s.contains("v_contact_moment") || s.contains("v_phase_change"));

                Map<LocalDate, Long> counted = new TreeMap<>();
                jdbc.query("select date_trunc('week', m.occurred_at at time zone 'Europe/Amsterdam')::date, count(*) "
                                + "from contact_moment m join client c on c.id = m.client_id where m.deleted_at is null "
                                + "and (m.occurred_at at time zone 'Europe/Amsterdam')::date between ? and ? "
                                + "and (cast(? as bigint) is null or c.track_id = ?) "
                                + "and (cast(? as bigint) is null or c.referring_organisation_id = ?) "
                                + "and (cast(? as bigint) is null or c.coach_id = ?) group by 1",
                        rs -> {
                            counted.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
                        }, filter.from(), filter.to(), filter.trackId(), filter.trackId(), filter.organisationId(),
                        filter.organisationId(), filter.coachId(), filter.coachId());
                Map<LocalDate, Long> shown = new TreeMap<>();
                figures.contactsPerWeek().forEach(w -> shown.put(w.week(), w.reached() + w.attempts()));
                assertThat(shown).as("contacts per week for " + filter).isEqualTo(counted).isNotEmpty();
            }
            status.setRollbackOnly();
        });
    }
}
