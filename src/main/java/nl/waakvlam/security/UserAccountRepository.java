package nl.waakvlam.security;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findByRoleOrderByDisplayName(Role role);

    Page<UserAccount> findAllByOrderByRoleAscDisplayNameAsc(Pageable pageable);
}
