package nl.waakvlam.retention;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ErasureRequestRepository extends JpaRepository<ErasureRequest, Long> {

    Optional<ErasureRequest> findByClientIdAndStatus(Long clientId, ErasureStatus status);

    List<ErasureRequest> findByStatusOrderByRequestedAtAscIdAsc(ErasureStatus status);

    Page<ErasureRequest> findByStatusNotOrderByDecidedAtDescIdDesc(ErasureStatus status, Pageable pageable);
}
