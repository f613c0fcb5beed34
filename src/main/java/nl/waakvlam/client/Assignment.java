package nl.waakvlam.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A coach's assignment to a client (primary or designated cover) with its period. The note is
 * the match rationale for the first assignment and the handover note for a change of coach.
 *
 * <p>A primary assignment that follows another coach is a handover: it names the coach who handed
 * the client over, remembers when the new coach read the handover summary and the warm handover
 * visit planned with both coaches.
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

    @Column(name = "previous_coach_id")
    private Long previousCoachId;

    @Column(name = "handover_read_at")
    private Instant handoverReadAt;

    @Column(name = "warm_visit_at")
    private LocalDateTime warmVisitAt;

    @Column(name = "warm_visit_place")
    private String warmVisitPlace;

    @Version
    private long version;

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

    /** A new primary coach taking over from {@code previousCoachId}: a handover still to be read. */
    static Assignment handover(Long clientId, Long coachId, Long previousCoachId, LocalDate startedOn, String note,
                               Long createdBy, Instant createdAt) {
        Assignment assignment = new Assignment(clientId, coachId, AssignmentRole.PRIMARY, startedOn, note, createdBy,
                createdAt);
        assignment.previousCoachId = previousCoachId;
        return assignment;
    }

    /** The new coach read the summary; reading it again keeps the first moment. */
    void read(Instant at) {
        if (handoverReadAt == null) {
            handoverReadAt = at;
        }
    }

    /** Plans (or moves, or with null clears) the introduction visit with both coaches. */
    void planWarmVisit(long seenVersion, LocalDateTime at, String place) {
        if (seenVersion != version) {
            throw new ObjectOptimisticLockingFailureException(Assignment.class, id);
        }
        this.warmVisitAt = at;
        this.warmVisitPlace = at == null ? null : place;
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

    Long getId() {
        return id;
    }

    Long getPreviousCoachId() {
        return previousCoachId;
    }

    Instant getHandoverReadAt() {
        return handoverReadAt;
    }

    LocalDateTime getWarmVisitAt() {
        return warmVisitAt;
    }

    String getWarmVisitPlace() {
        return warmVisitPlace;
    }

    long getVersion() {
        return version;
    }
}
