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

/**
 * A coach's assignment to a client (primary or designated cover) with its period. The note is
 * the match rationale for the first assignment and the handover note for a change of coach.
 */
@Entity
@Table(name = "assignment")
class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(name = "coach_id", nullable = false)
    private Long coachId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssignmentRole role;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    private String note;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Assignment() {
    }

    Assignment(Long clientId, Long coachId, AssignmentRole role, LocalDate startedOn, String note, Long createdBy,
               Instant createdAt) {
        this.clientId = clientId;
        this.coachId = coachId;
        this.role = role;
        this.startedOn = startedOn;
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void endOn(LocalDate day) {
        this.endedOn = day;
    }

    Long getClientId() {
        return clientId;
    }

    Long getCoachId() {
        return coachId;
    }

    AssignmentRole getRole() {
        return role;
    }

    LocalDate getStartedOn() {
        return startedOn;
    }

    LocalDate getEndedOn() {
        return endedOn;
    }

    String getNote() {
        return note;
    }

    Long getCreatedBy() {
        return createdBy;
    }
}
