package nl.waakvlam.security;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    /** A new link replaces the old ones: they stop working at once. */
    @Modifying
    @Query("update AccountToken t set t.usedAt = :now where t.userId = :userId and t.usedAt is null")
    int retireAll(Long userId, Instant now);

    /** Accounts among these with a link that still works (invitation not yet accepted). */
    @Query("select distinct t.userId from AccountToken t where t.userId in :userIds and t.usedAt is null "
            + "and t.expiresAt > :now")
    List<Long> withOpenLink(Collection<Long> userIds, Instant now);
}
