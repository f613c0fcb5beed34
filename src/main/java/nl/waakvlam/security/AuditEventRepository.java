package nl.waakvlam.security;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    /** Newest first, optionally for one client and/or one username. */
    @Query("select e from AuditEvent e where (:clientId is null or e.clientId = :clientId) "
            + "and (:username is null or e.username = :username) order by e.occurredAt desc, e.id desc")
    Page<AuditEvent> search(Long clientId, String username, Pageable pageable);
}
