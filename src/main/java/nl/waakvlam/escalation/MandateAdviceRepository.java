package nl.waakvlam.escalation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface MandateAdviceRepository extends JpaRepository<MandateAdvice, Long> {

    List<MandateAdvice> findByClientIdOrderBySentOnDescIdDesc(Long clientId);
}
