package nl.waakvlam.client;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;

interface PhaseChangeRepository extends JpaRepository<PhaseChange, Long> {

    List<PhaseChange> findByClientIdOrderByChangedOnDescIdDesc(Long clientId);

    @Query("select p from PhaseChange p where p.clientId = :clientId "
            + "and p.recordedAt < :before order by p.recordedAt desc, p.id desc")
    List<PhaseChange> timeline(Long clientId, Instant before, Pageable page);
}
