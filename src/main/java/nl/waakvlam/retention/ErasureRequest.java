package nl.waakvlam.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A request to erase a client's file (AVG art. 17): made by the project leader with a reason, decided
 * by a second person. The decider can never be the requester (four eyes; the database checks it too).
 */
@Entity
@Table(name = "erasure_request")
class ErasureRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(nullable = false)
    private String reason;

    @Column(name = "requested_by", nullable = false)
    private Long requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ErasureStatus status;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected ErasureRequest() {
    }

    ErasureRequest(Long clientId, String reason, Long requestedBy, Instant requestedAt) {
        this.clientId = clientId;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.status = ErasureStatus.REQUESTED;
    }

    void approve(Long by, Instant at) {
        decide(ErasureStatus.APPROVED, by, at);
    }

    void reject(Long by, Instant at) {
        decide(ErasureStatus.REJECTED, by, at);
    }

    private void decide(ErasureStatus outcome, Long by, Instant at) {
        if (status != ErasureStatus.REQUESTED) {
            throw new ErasureException("retention.erasure.error.decided");
        }
        if (by.equals(requestedBy)) {
            throw new ErasureException("retention.erasure.error.fourEyes");
        }
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    Long getId() {
        return id;
    }

    Long getClientId() {
        return clientId;
    }

    String getReason() {
        return reason;
    }

    Long getRequestedBy() {
        return requestedBy;
    }

    Instant getRequestedAt() {
        return requestedAt;
    }

    ErasureStatus getStatus() {
        return status;
    }

    Long getDecidedBy() {
        return decidedBy;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    long getVersion() {
        return version;
    }
}
