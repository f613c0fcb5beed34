package nl.waakvlam.escalation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface WarningSignRepository extends JpaRepository<WarningSign, Long> {

    List<WarningSign> findByClientIdAndActiveTrueOrderById(Long clientId);
}
