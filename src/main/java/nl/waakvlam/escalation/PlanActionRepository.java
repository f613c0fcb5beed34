package nl.waakvlam.escalation;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanActionRepository extends JpaRepository<PlanAction, Long> {
}
