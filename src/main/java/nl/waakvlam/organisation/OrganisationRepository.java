package nl.waakvlam.organisation;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface OrganisationRepository extends JpaRepository<Organisation, Long>, JpaSpecificationExecutor<Organisation> {

    Optional<Organisation> findByName(String name);

    /** Names differ in capitals only: the same organisation typed twice. */
    Optional<Organisation> findFirstByNameIgnoreCaseOrderById(String name);

    List<Organisation> findByActiveTrueOrderByName();

    boolean existsByIdAndActiveTrue(Long id);

    /**
     * Locks the row until the merge commits: a concurrent save that names the duplicate waits for
     * the merge and then fails, rather than slipping a reference in after the move.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Organisation o where o.id = :id")
    Optional<Organisation> lockById(Long id);
}
