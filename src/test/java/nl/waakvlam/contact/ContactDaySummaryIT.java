package nl.waakvlam.contact;

import nl.waakvlam.security.UserSummary;
import nl.waakvlam.support.IntegrationTest;
import nl.waakvlam.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-day summary of contacts (what the dashboard's contacts per week and minutes read) and the
 * newest reached contact per client (the dashboard's flames) equal a count over the contacts themselves
 * after every kind of write: a contact logged, edited, moved to another day, deleted, a bulk insert, a
 * client given another coach, track or organisation, and an anonymised file.
 */
@IntegrationTest
class ContactDaySummaryIT {

    static final String FRESH = """
            select (m.occurred_at at time zone 'Europe/Amsterdam')::date as day, c.coach_id, c.track_id,
                   c.referring_organisation_id as organisation_id,
                   count(*) filter (where m.outcome = 'REACHED') as reached,
                   count(*) filter (where m.outcome <> 'REACHED') as attempts,
                   coalesce(sum(m.duration_minutes) filter (where m.time_kind = 'DIRECT'), 0) as direct_minutes,
                   coalesce(sum(m.duration_minutes) filter (where m.time_kind = 'INDIRECT'), 0) as indirect_minutes
            from contact_moment m join client c on c.id = m.client_id where m.deleted_at is null group by 1, 2, 3, 4
            """;
    /** Every row of the summary: a day left with nothing is deleted, not kept as zeros. */
    static final String KEPT = """
            select day, coach_id, track_id, organisation_id, reached, attempts, direct_minutes, indirect_minutes
            from contact_day
            """;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestPeople people;
    @Autowired
    ContactService contacts;
    @Autowired
    nl.waakvlam.client.ClientRetention retention;

    /** The newest reached contact per client, counted afresh. */
    static final String FRESH_LAST = """
            select client_id, max(occurred_at) as occurred_at from contact_moment
            where outcome = 'REACHED' and deleted_at is null group by client_id
            """;
    static final String KEPT_LAST = "select client_id, occurred_at from contact_last_reached";

    void assertTheSummaryIsTheCount(String after) {
        List<Map<String, Object>> missing = jdbc.queryForList("(" + FRESH + ") except (" + KEPT + ")");
        List<Map<String, Object>> extra = jdbc.queryForList("(" + KEPT + ") except (" + FRESH + ")");
        assertThat(missing).as("days counted but not in the summary, after " + after).isEmpty();
        assertThat(extra).as("days in the summary but not counted, after " + after).isEmpty();
        assertThat(jdbc.queryForList("(" + FRESH_LAST + ") except (" + KEPT_LAST + ")"))
                .as("newest reached contacts not in the per-client summary, after " + after).isEmpty();
        assertThat(jdbc.queryForList("(" + KEPT_LAST + ") except (" + FRESH_LAST + ")"))
                .as("per-client newest reached contacts that are not the newest, after " + after).isEmpty();
    }

    @Test
    void theSummaryFollowsEveryWriteOfAContactAndEveryMoveOfAClient() {
        assertTheSummaryIsTheCount("the programme was built");
        UserSummary coach = people.coach();
        UserSummary other = people.coach();
        Long client = people.coachedClient(coach, people.referrer(), people.projectLeader());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);

        contacts.importContact(client, coach.id(), new ContactDetails(now.minus(3, ChronoUnit.DAYS), ContactOutcome.REACHED,
                ContactType.PHONE, InitiatedBy.CLIENT, 30, Set.of(), "Gebeld", null, null, null, false, false,
                TimeKind.DIRECT, Set.of()), now);
        contacts.importContact(client, coach.id(), ContactDetails.attempt(now.minus(2, ChronoUnit.DAYS),
                ContactOutcome.NO_ANSWER, ContactType.PHONE), now);
        assertTheSummaryIsTheCount("two contacts were logged");

        jdbc.update("update contact_moment set occurred_at = occurred_at - interval '9 days', duration_minutes = 45, "
                + "time_kind = 'INDIRECT' where client_id = ? and outcome = 'REACHED'", client);
        assertTheSummaryIsTheCount("a contact moved to another day and changed its minutes");

        jdbc.update("update contact_moment set deleted_at = now(), deleted_by = ?, delete_reason = 'Dubbel' "
                + "where client_id = ? and outcome <> 'REACHED'", coach.id(), client);
        assertTheSummaryIsTheCount("a contact was deleted");

        jdbc.update("insert into contact_moment (client_id, coach_id, occurred_at, outcome, type, initiated_by, "
                + "duration_minutes, time_kind, created_at) select ?, ?, now() - (g || ' days')::interval, "
                + "case when g % 3 = 0 then 'NO_ANSWER' else 'REACHED' end, 'HOME_VISIT', 'COACH', 10 * g, "
                + "case when g % 2 = 0 then 'DIRECT' else 'INDIRECT' end, now() from generate_series(1, 40) g",
                client, coach.id());
        assertTheSummaryIsTheCount("forty contacts were inserted in one statement");

        jdbc.update("update contact_moment set deleted_at = now(), deleted_by = ?, delete_reason = 'Verkeerde cliënt' "
                + "where id = (select id from contact_moment where client_id = ? and outcome = 'REACHED' and deleted_at is null "
                + "order by occurred_at desc limit 1)", coach.id(), client);
        assertTheSummaryIsTheCount("the newest reached contact was deleted");

        jdbc.update("update contact_moment set outcome = 'NOT_HOME' where id = (select id from contact_moment "
                + "where client_id = ? and outcome = 'REACHED' and deleted_at is null order by occurred_at desc limit 1)", client);
        assertTheSummaryIsTheCount("the newest reached contact turned out not to have reached the client");

        jdbc.update("update client set coach_id = ? where id = ?", other.id(), client);
        jdbc.update("update client set track_id = (select max(id) from track where id <> client.track_id), "
                + "referring_organisation_id = (select min(id) from organisation o where o.id <> client.referring_organisation_id) "
                + "where id = ?", client);
        assertTheSummaryIsTheCount("the client got another coach, track and organisation");

        jdbc.update("delete from contact_moment where client_id = ? and occurred_at < now() - interval '30 days'", client);
        assertTheSummaryIsTheCount("contacts were removed");

        jdbc.update("delete from contact_moment where client_id = ? and outcome = 'REACHED'", client);
        assertTheSummaryIsTheCount("every reached contact of the client was removed");
        assertThat(jdbc.queryForObject("select count(*) from contact_last_reached where client_id = ?", Long.class, client))
                .as("a client without reached contacts has no newest one").isZero();

        retention.anonymise(client);
        assertTheSummaryIsTheCount("the file was anonymised");
    }
}
