package nl.waakvlam.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/** Whether a user wants e-mail for one notification type (default: yes). */
@Entity
@Table(name = "notification_preference")
@IdClass(NotificationPreference.Key.class)
class NotificationPreference {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Id
    @Enumerated(EnumType.STRING)
    private NotificationType type;

    private boolean email;

    protected NotificationPreference() {
    }

    NotificationPreference(Long userId, NotificationType type, boolean email) {
        this.userId = userId;
        this.type = type;
        this.email = email;
    }

    void setEmail(boolean email) {
        this.email = email;
    }

    NotificationType getType() {
        return type;
    }

    boolean isEmail() {
        return email;
    }

    /** Composite key. */
    record Key(Long userId, NotificationType type) implements Serializable {
        Key() {
            this(null, null);
        }
    }
}
