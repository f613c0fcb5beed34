package nl.waakvlam.client;

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
 * The first day in waakvlam per client (what the dashboard's way to waakvlam reads) equals the first
 * phase change to waakvlam counted afresh, after every kind of write of the phase history: one change,
 * an earlier one, several clients in one statement, a corrected date, a removed change and an
 * anonymised file.
 */
@IntegrationTest
class FirstWaakvlamSummaryIT {

    static final String FRESH = "select client_id, min(changed_on) as first_on from phase_change "
            + "where to_phase = 'WAAKVLAM' group by client_id";
    static final String KEPT = "select client_id, first_on from client_first_waakvlam";
    static final String CHANGE = "insert into phase_change (client_id, from_phase, to_phase, changed_on, reason, recorded_at) "
            + "values (?, 'SCALING_DOWN', 'WAAKVLAM', current_date - ?, 'Afgeschaald', now())";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestPeople people;
    @Autowired
    ClientRetention retention;

    void assertTheSummaryIsTheCount(String after) {
        List<Map<String, Object>> missing = jdbc.queryForList("(" + FRESH + ") except (" + KEPT + ")");
        List<Map<String, Object>> extra = jdbc.queryForList("(" + KEPT + ") except (" + FRESH + ")");
        assertThat(missing).as("first days in waakvlam not in the summary, after " + after).isEmpty();
        assertThat(extra).as("first days in the summary that are not the first, after " + after).isEmpty();
    }

    @Test
    void theSummaryFollowsEveryWriteOfThePhaseHistory() {
        assertTheSummaryIsTheCount("the programme was built");
        UserSummary coach = people.coach();
        UserSummary referrer = people.referrer();
        UserSummary leader = people.projectLeader();
        Long client = people.coachedClient(coach, referrer, leader);
        Long other = people.coachedClient(coach, referrer, leader);

        jdbc.update(CHANGE, client, 10);
        assertTheSummaryIsTheCount("a client reached waakvlam");
        jdbc.update(CHANGE, client, 40);
        jdbc.update(CHANGE, client, 5);
        assertTheSummaryIsTheCount("an earlier and a later change were recorded");
        assertThat(jdbc.queryForObject("select current_date - first_on from client_first_waakvlam where client_id = ?",
                Integer.class, client)).isEqualTo(40);

        jdbc.update("insert into phase_change (client_id, from_phase, to_phase, changed_on, reason, recorded_at) "
                + "select c, 'INTENSIVE', case when g % 2 = 0 then 'WAAKVLAM' else 'SCALING_DOWN' end, current_date - g, "
                + "'Import', now() from unnest(array[?, ?]::bigint[]) c, generate_series(1, 6) g", client, other);
        assertTheSummaryIsTheCount("two clients' histories were inserted in one statement");

        jdbc.update("update phase_change set changed_on = changed_on - 100 where client_id = ? and to_phase = 'WAAKVLAM' "
                + "and changed_on = (select max(changed_on) from phase_change where client_id = ? and to_phase = 'WAAKVLAM')",
                other, other);
        assertTheSummaryIsTheCount("a date was corrected to before the first");

        jdbc.update("delete from phase_change where id = (select id from phase_change where client_id = ? "
                + "and to_phase = 'WAAKVLAM' order by changed_on limit 1)", client);
        assertTheSummaryIsTheCount("the first change was removed");

        retention.anonymise(client);
        assertTheSummaryIsTheCount("the file was anonymised");

        jdbc.update("delete from phase_change where client_id = ? and to_phase = 'WAAKVLAM'", other);
        assertTheSummaryIsTheCount("every change to waakvlam of a client was removed");
        assertThat(jdbc.queryForObject("select count(*) from client_first_waakvlam where client_id = ?", Long.class, other))
                .as("a client who never reached waakvlam has no first day").isZero();
    }
}
