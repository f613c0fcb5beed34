package nl.waakvlam.demo;

import nl.waakvlam.client.Flame;
import nl.waakvlam.shared.DemoMode;
import nl.waakvlam.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * The demo programme is complete, spread over all phases, and loading it twice changes nothing.
 * The only test that runs with the demo data set, on a database of its own; every other test
 * builds its own data (TestProgramme, TestPeople).
 */
@IntegrationTest
@TestPropertySource(properties = {"waakvlam.demo.enabled=true", "waakvlam.test.database=demo_programme"})
class DemoDataIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void theLoginPageListsTheDemoAccountsInDemoMode() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content().string(containsString("verwijzer4")))
                .andExpect(content().string(containsString(DemoMode.PASSWORD)));
    }

    @Autowired
    DemoDataLoader loader;

    @Test
    void theDemoProgrammeHasEveryRoleAndEveryPhase() {
        Map<String, Object> roles = jdbc.queryForMap("select "
                + "count(*) filter (where role = 'COACH') coaches, "
                + "count(*) filter (where role = 'REFERRER') referrers, "
                + "count(*) filter (where role = 'PROJECT_LEADER') leaders, "
                + "count(*) filter (where role = 'ADMIN') admins, "
                + "count(*) filter (where role = 'BACKOFFICE') backoffice "
                + "from user_account where username like 'coach%' or username like 'verwijzer%' "
                + "or username in ('projectleider', 'beheerder', 'secretariaat')");
        assertThat(roles).containsEntry("coaches", 4L).containsEntry("referrers", 4L)
                .containsEntry("leaders", 1L).containsEntry("admins", 1L).containsEntry("backoffice", 1L);
        // every client in intake has a driegesprek coming
        assertThat(jdbc.queryForObject("select count(*) from client c join referral r on r.client_id = c.id "
                + "where c.phase = 'INTAKE' and (r.start_meeting_at is null or r.start_meeting_at < now())",
                Long.class)).isZero();
        List<String> phases = jdbc.queryForList("select distinct phase from client order by phase", String.class);
        assertThat(phases).containsExactlyInAnyOrder("REFERRED", "DECLINED", "ACCEPTED", "INTAKE", "INTENSIVE",
                "SCALING_DOWN", "WAAKVLAM", "ENDED");
        assertThat(jdbc.queryForObject("select count(*) from coach_profile", Integer.class)).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from department d join organisation o "
                + "on o.id = d.organisation_id where o.type = 'SOCIAL_SERVICE'", Integer.class)).isEqualTo(2);
    }

    @Test
    void monthsOfContactHistoryLeaveFlamesInEveryState() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        Set<Flame> flames = EnumSet.noneOf(Flame.class);
        jdbc.query("select c.phase, coalesce(c.started_on, c.phase_since) as since, "
                + "(select max(m.occurred_at) from contact_moment m where m.client_id = c.id and m.outcome = 'REACHED' "
                + "and m.deleted_at is null) as last_reached from client c join user_account u on u.id = c.coach_id "
                + "where u.username like 'coach_' and c.phase in ('INTENSIVE', 'SCALING_DOWN', 'WAAKVLAM') "
                + "and c.rhythm_days is null", rs -> {
            int rhythm = switch (rs.getString("phase")) {
                case "SCALING_DOWN" -> 14;
                case "WAAKVLAM" -> 28;
                default -> 7;
            };
            Timestamp last = rs.getTimestamp("last_reached");
            flames.add(Flame.of(last == null ? null
                            : last.toInstant().atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate(),
                    rs.getDate("since").toLocalDate(), rhythm, today));
        });
        assertThat(flames).containsExactlyInAnyOrder(Flame.values());
        Integer months = jdbc.queryForObject("select (extract(epoch from max(occurred_at) - min(occurred_at)) / 86400 / 30)::int "
                + "from contact_moment", Integer.class);
        assertThat(months).isGreaterThanOrEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from contact_moment where outcome <> 'REACHED'", Integer.class))
                .isPositive();
    }

    @Test
    void nothingIsDatedBeforeTheClientsStartOrAfterToday() {
        assertThat(jdbc.queryForObject("select count(*) from contact_moment m join client c on c.id = m.client_id "
                + "where c.started_on is not null and (m.occurred_at at time zone 'Europe/Amsterdam')::date < c.started_on",
                Long.class)).as("contacts before the start").isZero();
        assertThat(jdbc.queryForObject("select count(*) from measurement m join client c on c.id = m.client_id "
                + "where c.started_on is not null and m.measured_on < c.started_on", Long.class))
                .as("measurements before the start").isZero();
        assertThat(jdbc.queryForObject("select count(*) from contact_moment where occurred_at > now()", Long.class))
                .as("contacts in the future").isZero();
        assertThat(jdbc.queryForObject("select count(*) from measurement where measured_on > current_date", Long.class))
                .as("measurements in the future").isZero();
    }

    @Test
    void loadingAgainAddsNothing() throws Exception {
        int clients = jdbc.queryForObject("select count(*) from client", Integer.class);
        int users = jdbc.queryForObject("select count(*) from user_account", Integer.class);
        loader.afterSingletonsInstantiated();
        assertThat(jdbc.queryForObject("select count(*) from client", Integer.class)).isEqualTo(clients);
        assertThat(jdbc.queryForObject("select count(*) from user_account", Integer.class)).isEqualTo(users);
        assertThat(clients).isGreaterThanOrEqualTo(30);
    }

    @Test
    void everyCoachedClientHasACoachAndEveryReferredClientAReferrer() {
        assertThat(jdbc.queryForObject("select count(*) from client where phase in "
                + "('INTAKE','INTENSIVE','SCALING_DOWN','WAAKVLAM','ENDED') and coach_id is null", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from client where referrer_id is null", Integer.class))
                .isZero();
    }

    @Test
    void whatPassesBetweenPeopleHasSomethingToShow() {
        // coach1 has a handover to read, with a note marked for it, and an open call-back request
        assertThat(jdbc.queryForObject("select count(*) from assignment a join user_account u on u.id = a.coach_id "
                + "where u.username = 'coach1' and a.previous_coach_id is not null and a.handover_read_at is null "
                + "and a.ended_on is null", Integer.class)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from contact_moment m join assignment a "
                + "on a.client_id = m.client_id and a.previous_coach_id is not null where m.for_handover",
                Integer.class)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from callback_request r join user_account u on u.id = r.coach_id "
                + "where u.username = 'coach1' and r.done_at is null", Integer.class)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from referral where start_meeting_at > now()", Integer.class))
                .isPositive();
        // two clients with an account of their own, on coach1's caseload
        assertThat(jdbc.queryForList("select u.username from client_account a join user_account u on u.id = a.user_id "
                + "join client c on c.id = a.client_id join user_account coach on coach.id = c.coach_id "
                + "where coach.username = 'coach1' and a.closed_at is null order by u.username", String.class))
                .containsExactly("client1", "client2", "mentor1");
        assertThat(jdbc.queryForObject("select legal_basis from client_account a join user_account u on u.id = a.user_id "
                + "where u.username = 'mentor1'", String.class)).isEqualTo("MENTOR");
        assertThat(jdbc.queryForObject("select count(*) from progress_report r join client_account a "
                + "on a.client_id = r.client_id join user_account u on u.id = a.user_id where u.username = 'client2' "
                + "and r.status = 'DRAFT' and r.client_asked_at is not null", Integer.class)).isOne();
    }
}
