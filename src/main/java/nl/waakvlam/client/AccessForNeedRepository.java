package nl.waakvlam.client;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.Instant;
import java.util.List;

interface AccessForNeedRepository extends JpaRepository<AccessForNeedGrant, Long> {

    /** The accesses still holding at {@code now}, the one that holds longest first. */
    List<AccessForNeedGrant> findByClientIdAndExpiresAtAfterOrderByExpiresAtDescIdDesc(Long clientId, Instant now);
}
