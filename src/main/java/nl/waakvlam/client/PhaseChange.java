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
import java.time.LocalDate;

/** One step in a client's lifecycle: from, to, when, why and who. Never changed afterwards. */
@Entity
@Table(name = "phase_change")
class PhaseChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_phase")
    private Phase fromPhase;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_phase", nullable = false)
    private Phase toPhase;

    @Column(name = "changed_on", nullable = false)
    private LocalDate changedOn;

    @Column(nullable = false)
    private String reason;

    @Column(name = "changed_by")
    private Long changedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected PhaseChange() {
    }

    PhaseChange(Long clientId, Phase fromPhase, Phase toPhase, LocalDate changedOn, String reason, Long changedBy,
                Instant recordedAt) {
        this.clientId = clientId;
        this.fromPhase = fromPhase;
        this.toPhase = toPhase;
        this.changedOn = changedOn;
        this.reason = reason;
        this.changedBy = changedBy;
        this.recordedAt = recordedAt;
    }

    PhaseChange forClient(Long id) {
        return new PhaseChange(id, fromPhase, toPhase, changedOn, reason, changedBy, recordedAt);
    }

    Long getClientId() {
        return clientId;
    }

    Phase getFromPhase() {
        return fromPhase;
    }

    Phase getToPhase() {
        return toPhase;
    }

    LocalDate getChangedOn() {
        return changedOn;
    }

    String getReason() {
        return reason;
    }

    Long getId() {
        return id;
    }

    Instant getRecordedAt() {
        return recordedAt;
    }

    Long getChangedBy() {
        return changedBy;
    }
}
