package nl.waakvlam.notification;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.userId = :userId and n.readAt is null")
    int markAllRead(Long userId, Instant at);

    Page<Notification> findByUserIdOrderByCreatedAtDescIdDesc(Long userId, Pageable pageable);

    boolean existsByUserIdAndTypeAndLinkAndReadAtIsNull(Long userId, NotificationType type, String link);

    long countByCreatedAtBefore(Instant before);

    /** Removes the inbox items older than the retention period, in one statement. */
    @Modifying
    @Query("delete from Notification n where n.createdAt < :before")
    int deleteCreatedBefore(Instant before);
}
