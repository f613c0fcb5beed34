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
            + "order by u.enabled desc, u.role, u.displayName, u.id")
    Page<UserAccount> search(String pattern, Role role, Pageable pageable);

    /**
     * The account as it stands, and in the same statement the stamp of the data every instance keeps in
     * memory ({@code v_data_version}): the per-request account check tells the kept values whether they
     * are current without a statement of its own.
     */
    @Query(value = "select u.enabled as \"enabled\", u.role as \"role\", u.organisation_id as \"organisationId\", "
            + "u.display_name as \"displayName\", u.session_epoch as \"sessionEpoch\", "
            + "(select d.stamp from v_data_version d) as \"dataStamp\" from user_account u where u.id = :id",
            nativeQuery = true)
    Optional<StandingRow> standing(Long id);

    interface StandingRow {
        boolean getEnabled();

        String getRole();

        Long getOrganisationId();

        String getDisplayName();

        int getSessionEpoch();

        long getDataStamp();
    }

    @Modifying
    @Query("update UserAccount u set u.lastLoginAt = :at where u.id = :id")
    void recordLogin(Long id, Instant at);
}
