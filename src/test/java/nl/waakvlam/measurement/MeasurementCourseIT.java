package nl.waakvlam.measurement;

import nl.waakvlam.security.UserSummary;
import nl.waakvlam.support.IntegrationTest;
import nl.waakvlam.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The course of each client's scores (what the dashboard's first and latest scores read) equals the
 * scores ordered afresh after every kind of write: a measurement recorded, two on one day, several
 * clients in one statement, a corrected score and date, a matrix measurement without a score, a removed
 * measurement and an anonymised note.
 */
@IntegrationTest
class MeasurementCourseIT {

    static final String FRESH = """
            select m.id as measurement_id, m.client_id, m.instrument_id, m.measured_on, m.score,
                   first_value(m.score) over w as first_score, (row_number() over w)::int as position,
                   lead(m.measured_on) over w as next_on
            from measurement m where m.score is not null
            window w as (partition by m.client_id, m.instrument_id order by m.measured_on, m.id)
            """;
    static final String KEPT = """
            select measurement_id, client_id, instrument_id, measured_on, score, first_score, position, next_on
            from measurement_course
            """;
    static final String MEASURE = "insert into measurement (client_id, instrument_id, moment, measured_on, score, "
            + "recorded_by, created_at) values (?, (select id from instrument where code = ?), 'PERIODIC', "
            + "current_date - ?, ?, ?, now())";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestPeople people;

    void assertTheCourseIsTheOrder(String after) {
        List<Map<String, Object>> missing = jdbc.queryForList("(" + FRESH + ") except (" + KEPT + ")");
        List<Map<String, Object>> extra = jdbc.queryForList("(" + KEPT + ") except (" + FRESH + ")");
        assertThat(missing).as("scores not in the course as they stand, after " + after).isEmpty();
        assertThat(extra).as("rows of the course that are not the scores as they stand, after " + after).isEmpty();
    }

    @Test
    void theCourseFollowsEveryWriteOfTheMeasurements() {
        assertTheCourseIsTheOrder("the programme was built");
        UserSummary coach = people.coach();
        UserSummary referrer = people.referrer();
        UserSummary leader = people.projectLeader();
        Long client = people.coachedClient(coach, referrer, leader);
        Long other = people.coachedClient(coach, referrer, leader);

        jdbc.update(MEASURE, client, "SCALE", 60, 4, coach.id());
        assertTheCourseIsTheOrder("a first score");
        jdbc.update(MEASURE, client, "SCALE", 30, 6, coach.id());
        jdbc.update(MEASURE, client, "SCALE", 30, 7, coach.id());
        jdbc.update(MEASURE, client, "SCALE", 90, 3, coach.id());
        assertTheCourseIsTheOrder("a later score, a second one on the same day and an earlier one");
        assertThat(jdbc.queryForObject("select first_score from measurement_course where client_id = ? "
                + "and position = 4", Integer.class, client)).as("the earliest score is the first").isEqualTo(3);

        jdbc.update("insert into measurement (client_id, instrument_id, moment, measured_on, score, recorded_by, created_at) "
                + "select c, (select id from instrument where code = 'SCALE'), 'PERIODIC', current_date - 7 * g, g, ?, now() "
                + "from unnest(array[?, ?]::bigint[]) c, generate_series(1, 5) g", coach.id(), client, other);
        assertTheCourseIsTheOrder("two clients' scores were inserted in one statement");

        jdbc.update("insert into measurement (client_id, instrument_id, moment, measured_on, score, recorded_by, created_at) "
                + "values (?, (select id from instrument where kind = 'MATRIX' order by id limit 1), 'START', current_date, "
                + "null, ?, now())", other, coach.id());
        assertTheCourseIsTheOrder("a matrix measurement without a score of its own");

        jdbc.update("update measurement set score = 9, measured_on = current_date - 200 where id = (select max(id) "
                + "from measurement where client_id = ? and score is not null)", other);
        assertTheCourseIsTheOrder("a score and its date were corrected");

        jdbc.update("update measurement set score = null where id = (select min(id) from measurement where client_id = ? "
                + "and score is not null)", client);
        jdbc.update("delete from measurement where id = (select max(id) from measurement where client_id = ?)", client);
        assertTheCourseIsTheOrder("a score was emptied and a measurement removed");

        jdbc.update("update measurement set note = null where client_id = ?", client);
        assertTheCourseIsTheOrder("the notes were removed (anonymisation)");

        jdbc.update("delete from measurement where client_id = ?", other);
        assertTheCourseIsTheOrder("every measurement of a client was removed");
        assertThat(jdbc.queryForObject("select count(*) from measurement_course where client_id = ?", Long.class, other))
                .isZero();
    }
}
