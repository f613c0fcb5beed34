package nl.waakvlam.reference;

import nl.waakvlam.shared.DataVersions;
import nl.waakvlam.shared.database.DatabaseRoles;
import nl.waakvlam.support.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;


import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference module on its own (Spring Modulith bootstraps only this module and what it
 * depends on) against real PostgreSQL: the seeded lists, the kept copy, and what a refresh shows.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
// the shared module's Flyway placeholder for the runtime role is not part of a module test: named here, so
// that this test also migrates a fresh database (run on its own, or first in its JVM)
@TestPropertySource(properties = "spring.flyway.placeholders.runtime_role=" + DatabaseRoles.RUNTIME)
@Import({TestDatabaseConfiguration.class, ReferenceDataIT.Versions.class})
class ReferenceDataIT {

    /** The one bean of the shared module the kept lists need (a module test bootstraps only its module). */
    @TestConfiguration(proxyBeanMethods = false)
    static class Versions {
        @Bean
        DataVersions dataVersions(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
            return new DataVersions(jdbc, transactions);
        }
    }

    @Autowired
    ReferenceData referenceData;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSeededTracksAndLifeDomainsAreReadOnceAndRefreshedOnRequest() {
        assertThat(referenceData.activeTracks()).extracting(TrackSummary::code).containsExactly("YOUTH", "ADULTS");
        assertThat(referenceData.trackByCode("YOUTH")).get().extracting(TrackSummary::youth).isEqualTo(true);
        List<LifeDomainView> domains = referenceData.lifeDomains();
        assertThat(domains).isNotEmpty();
        Long first = domains.get(0).id();
        assertThat(referenceData.areKnownLifeDomains(List.of(first))).isTrue();
        assertThat(referenceData.areKnownLifeDomains(List.of(first, -1L))).isFalse();
        assertThat(referenceData.isKnownLifeDomain(null)).isTrue();

        String code = "TEST_" + System.nanoTime();
        jdbc.update("insert into life_domain (code, name_nl, name_en, sort_order, active) values (?, 'Test', 'Test', 999, true)",
                code);
        try {
            assertThat(referenceData.lifeDomainIdsByCode()).as("kept until refreshed").doesNotContainKey(code);
            referenceData.refresh();
            assertThat(referenceData.lifeDomainIdsByCode()).containsKey(code);
        } finally {
            jdbc.update("delete from life_domain where code = ?", code);
            referenceData.refresh();
        }
    }
}
