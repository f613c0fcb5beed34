package nl.waakvlam.escalation;

import org.springframework.data.jpa.repository.JpaRepository;

interface MandateAdviceRepository extends JpaRepository<MandateAdvice, Long> {
}
