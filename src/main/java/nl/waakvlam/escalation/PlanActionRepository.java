package nl.waakvlam.escalation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface PlanActionRepository extends JpaRepository<PlanAction, Long> {

    List<PlanAction> findByClientIdOrderByStatusAscDueOnAscIdAsc(Long clientId);
}
