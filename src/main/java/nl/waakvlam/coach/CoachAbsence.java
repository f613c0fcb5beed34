package nl.waakvlam.coach;

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

/** A period a coach is away, optionally with the colleague who covers their clients. */
@Entity
@Table(name = "coach_absence")
class CoachAbsence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "coach_id", nullable = false)
    private Long coachId;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AbsenceReason reason;

    @Column(name = "cover_coach_id")
    private Long coverCoachId;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CoachAbsence() {
    }

    CoachAbsence(Long coachId, LocalDate startsOn, LocalDate endsOn, AbsenceReason reason, Long coverCoachId,
                 Long createdBy, Instant createdAt) {
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("an absence ends on or after its start");
        }
        if (coachId.equals(coverCoachId)) {
            throw new IllegalArgumentException("a coach cannot cover for themselves");
        }
        this.coachId = coachId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.reason = reason;
        this.coverCoachId = coverCoachId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    Long getCoachId() {
        return coachId;
    }

    LocalDate getStartsOn() {
        return startsOn;
    }

    LocalDate getEndsOn() {
        return endsOn;
    }

    AbsenceReason getReason() {
        return reason;
    }

    Long getCoverCoachId() {
        return coverCoachId;
    }
}
