package nl.waakvlam.backoffice;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CallbackRequestRepository extends JpaRepository<CallbackRequest, Long> {

    Page<CallbackRequest> findByDoneAtIsNullOrderByCreatedAtAscIdAsc(Pageable pageable);

    Page<CallbackRequest> findByDoneAtIsNotNullOrderByDoneAtDescIdDesc(Pageable pageable);
}
