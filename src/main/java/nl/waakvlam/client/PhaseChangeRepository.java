package nl.waakvlam.client;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface PhaseChangeRepository extends JpaRepository<PhaseChange, Long> {

    List<PhaseChange> findByClientIdOrderByChangedOnDescIdDesc(Long clientId);
}
