package nl.waakvlam.measurement;

import org.springframework.data.jpa.repository.JpaRepository;

/*
 * Persistence of the measurement module. Pages read through MeasurementQueries (JDBC, a fixed
 * number of statements); these repositories write.
 */

interface InstrumentRepository extends JpaRepository<Instrument, Long> {
}

interface MonitoringRoundRepository extends JpaRepository<MonitoringRound, Long> {

    boolean existsByNameIgnoreCase(String name);
}

interface MeasurementRepository extends JpaRepository<Measurement, Long> {
}
