package nl.waakvlam.escalation;

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
import java.time.LocalDate;

/** Advice sent to a partner organisation under an agreed mandate, and its decision. */
@Entity
@Table(name = "mandate_advice")
class MandateAdvice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "life_domain_id")
    private Long lifeDomainId;

    @Column(nullable = false)
    private String advice;

    @Column(name = "sent_on", nullable = false)
    private LocalDate sentOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MandateDecision decision = MandateDecision.PENDING;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected MandateAdvice() {
    }

    MandateAdvice(Long clientId, Long organisationId, Long lifeDomainId, String advice, LocalDate sentOn,
                  Long createdBy, Instant createdAt) {
        this.clientId = clientId;
        this.organisationId = organisationId;
        this.lifeDomainId = lifeDomainId;
        this.advice = advice.strip();
        this.sentOn = sentOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Records the partner's decision; modified or rejected needs the reason. */
    void decide(MandateDecision newDecision, String reason, LocalDate on) {
        if (newDecision == MandateDecision.PENDING) {
            throw new EventException("decision", "NotNull");
        }
        if ((newDecision == MandateDecision.MODIFIED || newDecision == MandateDecision.REJECTED)
                && (reason == null || reason.isBlank())) {
            throw new EventException("reason", "plan.mandateNeedsReason");
        }
        if (on == null || on.isBefore(sentOn)) {
            throw new EventException("decidedOn", "plan.mandateDecidedBeforeSent");
        }
        this.decision = newDecision;
        this.decisionReason = reason == null || reason.isBlank() ? null : reason.strip();
        this.decidedOn = on;
    }

    Long getId() {
        return id;
    }

    Long getClientId() {
        return clientId;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    Long getLifeDomainId() {
        return lifeDomainId;
    }

    String getAdvice() {
        return advice;
    }

    LocalDate getSentOn() {
        return sentOn;
    }

    MandateDecision getDecision() {
        return decision;
    }

    String getDecisionReason() {
        return decisionReason;
    }

    LocalDate getDecidedOn() {
        return decidedOn;
    }
}
