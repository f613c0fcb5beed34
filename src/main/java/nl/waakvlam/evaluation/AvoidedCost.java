package nl.waakvlam.evaluation;

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
 * An avoided-cost case: a prevented escalation (an event of the client), what the coach believes it
 * avoided and for how much, and the project leader's decision. An estimate without a control group.
 */
@Entity
@Table(name = "avoided_cost")
class AvoidedCost {

    enum Status {
        PROPOSED, CONFIRMED, REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(name = "event_id", nullable = false)
    private Long eventId;

    @Column(name = "kind_id", nullable = false)
    private Long kindId;

    private String note;

    @Column(name = "proposed_amount", nullable = false)
    private int proposedAmount;

    @Column(name = "confirmed_amount")
    private Integer confirmedAmount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PROPOSED;

    @Column(name = "proposed_by", nullable = false)
    private Long proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected AvoidedCost() {
    }

    AvoidedCost(Long clientId, Long eventId, Long kindId, String note, int proposedAmount, Long proposedBy, Instant now) {
        this.clientId = clientId;
        this.eventId = eventId;
        this.kindId = kindId;
        this.note = note;
        this.proposedAmount = proposedAmount;
        this.proposedBy = proposedBy;
        this.proposedAt = now;
    }

    void confirm(int amount, Long leader, Instant now) {
        this.status = Status.CONFIRMED;
        this.confirmedAmount = amount;
        this.decidedBy = leader;
        this.decidedAt = now;
    }

    void reject(Long leader, Instant now) {
        this.status = Status.REJECTED;
        this.confirmedAmount = null;
        this.decidedBy = leader;
        this.decidedAt = now;
    }

    Long getId() {
        return id;
    }

    Long getClientId() {
        return clientId;
    }

    long getVersion() {
        return version;
    }
}
