package nl.waakvlam.evaluation;

import org.springframework.data.jpa.repository.JpaRepository;

interface AvoidedCostRepository extends JpaRepository<AvoidedCost, Long> {

    boolean existsByEventId(Long eventId);
}
