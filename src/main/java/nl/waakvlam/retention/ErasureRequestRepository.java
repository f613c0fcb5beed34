package nl.waakvlam.retention;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface ErasureRequestRepository extends JpaRepository<ErasureRequest, Long> {

    Optional<ErasureRequest> findByClientIdAndStatus(Long clientId, ErasureStatus status);

    List<ErasureRequest> findByStatusOrderByRequestedAtAscIdAsc(ErasureStatus status);

    @Query("select r.clientId from ErasureRequest r where r.status = :status")
    List<Long> clientIdsWithStatus(ErasureStatus status);

    Page<ErasureRequest> findByStatusNotOrderByDecidedAtDescIdDesc(ErasureStatus status, Pageable pageable);
}
