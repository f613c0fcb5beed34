package nl.waakvlam.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One access for need: who, on which client, why, and until when. Never changed afterwards. */
@Entity
@Table(name = "access_for_need")
class AccessForNeedGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NeedCategory category;

    @Column(nullable = false)
    private String reason;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected AccessForNeedGrant() {
    }

    AccessForNeedGrant(Long clientId, Long userId, NeedCategory category, String reason, Instant grantedAt,
                       Instant expiresAt) {
        this.clientId = clientId;
        this.userId = userId;
        this.category = category;
        this.reason = reason;
        this.grantedAt = grantedAt;
        this.expiresAt = expiresAt;
    }

    Long getId() {
        return id;
    }

    Long getClientId() {
        return clientId;
    }

    Long getUserId() {
        return userId;
    }

    NeedCategory getCategory() {
        return category;
    }

    String getReason() {
        return reason;
    }

    Instant getGrantedAt() {
        return grantedAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }
}
