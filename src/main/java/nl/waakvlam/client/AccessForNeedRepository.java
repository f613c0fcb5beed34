package nl.waakvlam.client;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.Instant;
import java.util.Optional;

interface AccessForNeedRepository extends JpaRepository<AccessForNeedGrant, Long> {

    /** The access that holds longest of those still holding at {@code now}. */
    Optional<AccessForNeedGrant> findFirstByClientIdAndExpiresAtAfterOrderByExpiresAtDescIdDesc(Long clientId,
                                                                                                  Instant now);

    boolean existsByClientIdAndUserIdAndExpiresAtAfter(Long clientId, Long userId, Instant now);
}
