package nl.waakvlam.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One inbox item: a translated message key and where to go. */
@Entity
@Table(name = "notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationType type;

    @Column(name = "message_key", nullable = false)
    private String messageKey;

    @Column(nullable = false)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    /** The client the item is about, if any; its name is shown only to a reader who may see the client. */
    @Column(name = "client_id")
    private Long clientId;

    @Column(name = "emailed_at")
    private Instant emailedAt;

    /** A short text for the reader beside the message (the reason given for an access for need), or null. */
    private String detail;

    protected Notification() {
    }

    Notification(Long userId, NotificationType type, String messageKey, String link, Long clientId,
                 Instant createdAt) {
        this.userId = userId;
        this.clientId = clientId;
        this.type = type;
        this.messageKey = messageKey;
        this.link = link;
        this.createdAt = createdAt;
    }

    Notification withDetail(String detail) {
        this.detail = detail;
        return this;
    }

    String getDetail() {
        return detail;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    Long getClientId() {
        return clientId;
    }

    Instant getEmailedAt() {
        return emailedAt;
    }

    void markEmailed(Instant at) {
        emailedAt = at;
    }

    Long getId() {
        return id;
    }

    Long getUserId() {
        return userId;
    }

    NotificationType getType() {
        return type;
    }

    String getMessageKey() {
        return messageKey;
    }

    String getLink() {
        return link;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getReadAt() {
        return readAt;
    }
}
