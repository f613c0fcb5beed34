package nl.waakvlam.client;

import org.springframework.data.jpa.repository.JpaRepository;

interface PhaseChangeRepository extends JpaRepository<PhaseChange, Long> {
}
