package nl.waakvlam.operations;

import nl.waakvlam.security.UserSummary;
import nl.waakvlam.support.IntegrationTest;
import nl.waakvlam.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page view writes the session row only when something in the session changed or its stored last
 * access is a minute old or more: reading pages within the minute leaves the row as it is, a flash
 * message is still stored at once, and an older last access is moved to now.
 */
@IntegrationTest
class SessionWritesIT {

    private static final String FLASH_MAPS = "org.springframework.web.servlet.support.SessionFlashMapManager.FLASH_MAPS";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestPeople people;

    @Test
    void pagesReadWithinAMinuteLeaveTheSessionRowAsItIs() throws Exception {
        HttpVisitor coach = new HttpVisitor();
        assertThat(coach.signIn(port, "coach1").statusCode()).isEqualTo(302);
        assertThat(coach.get(port, "/account").statusCode()).isEqualTo(200);
        String id = sessionId(coach);
        Row before = row(id);

        for (String page : new String[] {"/caseload", "/account", "/inbox"}) {
            assertThat(coach.get(port, page).statusCode()).isEqualTo(200);
        }
        assertThat(row(id)).as("not written: same row version, same last access").isEqualTo(before);

        // a last access two minutes old is moved to now by the next page view
        jdbc.update("update spring_session set last_access_time = last_access_time - 120000, "
                + "expiry_time = expiry_time - 120000 where session_id = ?", id);
        long twoMinutesOld = row(id).lastAccess();
        assertThat(coach.get(port, "/account").statusCode()).isEqualTo(200);
        Row after = row(id);
        assertThat(after.lastAccess() - twoMinutesOld).isGreaterThanOrEqualTo(Duration.ofMinutes(2).toMillis() - 1_000);
        assertThat(jdbc.queryForObject("select expiry_time - last_access_time from spring_session where session_id = ?",
                Long.class, id)).isEqualTo(Duration.ofMinutes(30).toMillis());
    }

    @Test
    void aChangeInTheSessionIsWrittenWithinTheMinute() throws Exception {
        UserSummary coachAccount = people.coach();
        Long client = people.coachedClient(coachAccount, people.referrer(), people.projectLeader());
        HttpVisitor coach = new HttpVisitor();
        assertThat(coach.signIn(port, coachAccount.username()).statusCode()).isEqualTo(302);
        assertThat(coach.get(port, "/caseload").statusCode()).isEqualTo(200);
        String id = sessionId(coach);
        assertThat(flashMessages(id)).isZero();

        // "no answer" leaves a flash message for the page it redirects to
        assertThat(coach.post(port, "/clients/" + client + "/contacts/attempt",
                Map.of("outcome", "NO_ANSWER", "from", "caseload")).statusCode()).isEqualTo(302);
        assertThat(flashMessages(id)).as("stored at once").isEqualTo(1);

        assertThat(coach.get(port, "/caseload").statusCode()).isEqualTo(200);
        assertThat(flashMessages(id)).as("shown once, so taken out of the session at once").isZero();
    }

    private record Row(long version, long lastAccess) {
    }

    private Row row(String sessionId) {
        return jdbc.queryForObject("select xmin::text::bigint, last_access_time from spring_session where session_id = ?",
                (rs, n) -> new Row(rs.getLong(1), rs.getLong(2)), sessionId);
    }

    private int flashMessages(String sessionId) {
        return jdbc.queryForObject("select count(*) from spring_session_attributes a join spring_session s "
                + "on s.primary_id = a.session_primary_id where s.session_id = ? and a.attribute_name = ?",
                Integer.class, sessionId, FLASH_MAPS);
    }

    /** The cookie holds the session id in Base64. */
    private static String sessionId(HttpVisitor visitor) {
        return new String(Base64.getDecoder().decode(visitor.session()), StandardCharsets.UTF_8);
    }
}
