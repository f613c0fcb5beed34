package nl.waakvlam.measurement;

import org.springframework.data.jpa.repository.JpaRepository;

interface MonitoringRoundRepository extends JpaRepository<MonitoringRound, Long> {

    boolean existsByNameIgnoreCase(String name);
}
