package nl.waakvlam.demo;

import nl.waakvlam.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo programme is complete, spread over all phases, and loading it twice changes nothing. */
@IntegrationTest
class DemoDataIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoDataLoader loader;

    @Test
    void theDemoProgrammeHasEveryRoleAndEveryPhase() {
        Map<String, Object> roles = jdbc.queryForMap("select "
                + "count(*) filter (where role = 'COACH') coaches, "
                + "count(*) filter (where role = 'REFERRER') referrers, "
                + "count(*) filter (where role = 'PROJECT_LEADER') leaders, "
                + "count(*) filter (where role = 'ADMIN') admins "
                + "from user_account where username like 'coach%' or username like 'verwijzer%' "
                + "or username in ('projectleider', 'beheerder')");
        assertThat(roles).containsEntry("coaches", 4L).containsEntry("referrers", 4L)
                .containsEntry("leaders", 1L).containsEntry("admins", 1L);
        List<String> phases = jdbc.queryForList("select distinct phase from client order by phase", String.class);
        assertThat(phases).containsExactlyInAnyOrder("REFERRED", "DECLINED", "ACCEPTED", "INTAKE", "INTENSIVE",
                "SCALING_DOWN", "WAAKVLAM", "ENDED");
        assertThat(jdbc.queryForObject("select count(*) from coach_profile", Integer.class)).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from department d join organisation o "
                + "on o.id = d.organisation_id where o.type = 'SOCIAL_SERVICE'", Integer.class)).isEqualTo(2);
    }

    @Test
    void loadingAgainAddsNothing() throws Exception {
        int clients = jdbc.queryForObject("select count(*) from client", Integer.class);
        int users = jdbc.queryForObject("select count(*) from user_account", Integer.class);
        loader.run(new DefaultApplicationArguments());
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
}
