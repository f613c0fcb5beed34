package nl.waakvlam.demo;

import nl.waakvlam.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The large programme's script keeps working as the schema grows: a fiftieth of it (300 clients) is
 * loaded on the test programme's accounts inside a transaction that is rolled back, so the other
 * tests never see it. A new NOT NULL column or constraint that the script does not fill fails here.
 */
@IntegrationTest
class LargeProgrammeIT {

    @Autowired
    LargeProgramme largeProgramme;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aFiftiethOfTheLargeProgrammeLoadsWithEveryKindOfRecord() {
        Map<String, Long> before = counts();

        Map<String, Long> after = transaction.execute(status -> {
            largeProgramme.load(0.02);
            Map<String, Long> loaded = counts();
            status.setRollbackOnly();
            return loaded;
        });

        assertThat(after.get("coaches") - before.get("coaches")).isEqualTo(56);
        assertThat(after.get("clients") - before.get("clients")).isBetween(290L, 310L);
        assertThat(after.get("contacts") - before.get("contacts")).isGreaterThan(10_000);
        assertThat(after.get("events") - before.get("events")).isGreaterThan(1_000);
        for (String kind : new String[]{"referrals", "phases", "agreements", "consents", "goals", "measurements",
                "reports"}) {
            assertThat(after.get(kind)).as(kind).isGreaterThan(before.get(kind));
        }
        assertThat(after.get("longFiles")).isEqualTo(2);
        assertThat(counts()).isEqualTo(before);
    }

    private Map<String, Long> counts() {
        return jdbc.queryForMap("select (select count(*) from user_account where role = 'COACH') as coaches, "
                + "(select count(*) from client) as clients, (select count(*) from contact_moment) as contacts, "
                + "(select count(*) from client_event) as events, (select count(*) from referral) as referrals, "
                + "(select count(*) from phase_change) as phases, (select count(*) from feedback_agreement) as agreements, "
                + "(select count(*) from consent) as consents, (select count(*) from goal) as goals, "
                + "(select count(*) from measurement) as measurements, (select count(*) from progress_report) as reports, "
                + "(select count(*) from client where last_name = 'Langdossier') as longFiles")
                .entrySet().stream().collect(java.util.stream.Collectors.toMap(e -> e.getKey().toLowerCase().equals("longfiles")
                        ? "longFiles" : e.getKey(), e -> ((Number) e.getValue()).longValue()));
    }
}
