package nl.waakvlam.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** One line of the early-warning plan: a sign in the client's own words, what to do, who acts. */
@Entity
@Table(name = "warning_sign")
class WarningSign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(nullable = false)
    private String sign;

    @Column(nullable = false)
    private String action;

    @Column(name = "who_acts", nullable = false)
    private String whoActs;

    private boolean active = true;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected WarningSign() {
    }

    WarningSign(Long clientId, String sign, String action, String whoActs, Long createdBy, Instant createdAt) {
        this.clientId = clientId;
        this.sign = sign.strip();
        this.action = action.strip();
        this.whoActs = whoActs.strip();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void retire() {
        this.active = false;
    }

    Long getId() {
        return id;
    }

    Long getClientId() {
        return clientId;
    }

    String getSign() {
        return sign;
    }

    String getAction() {
        return action;
    }

    String getWhoActs() {
        return whoActs;
    }

    boolean isActive() {
        return active;
    }
}
