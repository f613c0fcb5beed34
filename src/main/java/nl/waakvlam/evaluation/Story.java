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
import java.time.LocalDate;

/** An anonymised experience story ("ervaringsverhaal"), proposed with the client's consent of {@code consentOn}. */
@Entity
@Table(name = "story")
class Story {

    enum Status {
        PROPOSED, SELECTED, DECLINED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    @Column(name = "consent_on", nullable = false)
    private LocalDate consentOn;

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

    protected Story() {
    }

    Story(Long clientId, String title, String body, LocalDate consentOn, Long proposedBy, Instant now) {
        this.clientId = clientId;
        this.title = title;
        this.body = body;
        this.consentOn = consentOn;
        this.proposedBy = proposedBy;
        this.proposedAt = now;
    }

    void decide(Status status, Long leader, Instant now) {
        this.status = status;
        this.decidedBy = leader;
        this.decidedAt = now;
    }

    Long getId() {
        return id;
    }

    Long getClientId() {
        return clientId;
    }

    String getTitle() {
        return title;
    }

    String getBody() {
        return body;
    }

    LocalDate consentOn() {
        return consentOn;
    }

    Status status() {
        return status;
    }

    Instant proposedAt() {
        return proposedAt;
    }

    long getVersion() {
        return version;
    }
}
