package nl.waakvlam.security;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    /** Single sign-on by e-mail address: more than one active account with the address matches none. */
    List<UserAccount> findByEmailIgnoreCaseAndEnabledTrue(String email);

    List<UserAccount> findByRoleOrderByDisplayName(Role role);

    Page<UserAccount> findAllByOrderByRoleAscDisplayNameAsc(Pageable pageable);

    boolean existsByRole(Role role);

    @Query("select u from UserAccount u where (:pattern is null or lower(u.displayName) like :pattern escape '\\' "
            + "or lower(u.username) like :pattern escape '\\') and (:role is null or u.role = :role) "
            + "and u.role <> nl.waakvlam.security.Role.CLIENT "
            + "order by u.enabled desc, u.role, u.displayName, u.id")
    Page<UserAccount> search(String pattern, Role role, Pageable pageable);

    @Modifying
    @Query("update UserAccount u set u.lastLoginAt = :at where u.id = :id")
    void recordLogin(Long id, Instant at);
}
