package nl.waakvlam.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One row of the append-only audit trail (a database trigger refuses updates and deletes). */
@Entity
@Table(name = "audit_event")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "user_id")
    private Long userId;

    private String username;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditAction action;

    @Column(name = "client_id")
    private Long clientId;

    private String entity;

    @Column(name = "entity_id")
    private Long entityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditOutcome outcome;

    @Column(name = "source_address")
    private String sourceAddress;

    /** What the action was for, where the action asks for a reason (access for need, a data request). */
    private String detail;

    protected AuditEvent() {
    }

    /** Read model for the administrator's audit viewer. */
    public record Row(Long id, Instant occurredAt, String username, Role role, AuditAction action, Long clientId,
                      String entity, Long entityId, AuditOutcome outcome, String sourceAddress) {
    }

    Row row() {
        return new Row(id, occurredAt, username, role, action, clientId, entity, entityId, outcome, sourceAddress);
    }

    AuditEvent(Instant occurredAt, Long userId, String username, Role role, AuditAction action, Long clientId,
               String entity, Long entityId, AuditOutcome outcome, String sourceAddress) {
        this.occurredAt = occurredAt;
        this.userId = userId;
        this.username = username;
        this.role = role;
        this.action = action;
        this.clientId = clientId;
        this.entity = entity;
        this.entityId = entityId;
        this.outcome = outcome;
        this.sourceAddress = sourceAddress;
    }

    AuditEvent withDetail(String detail) {
        this.detail = detail;
        return this;
    }
}
