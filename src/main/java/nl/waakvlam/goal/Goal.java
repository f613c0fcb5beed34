package nl.waakvlam.goal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.waakvlam.shared.Dates;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** A goal in the client's own words. Progress notes are appended with their date, never rewritten. */
@Entity
@Table(name = "goal")
class Goal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(nullable = false)
    private String description;

    @Column(name = "life_domain_id")
    private Long lifeDomainId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GoalOwner owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GoalStatus status = GoalStatus.OPEN;

    @Column(name = "target_date")
    private LocalDate targetDate;

    @Column(name = "progress_notes")
    private String progressNotes;

    @Column(name = "created_by", nullable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Goal() {
    }

    Goal(Long clientId, String description, Long lifeDomainId, GoalOwner owner, LocalDate targetDate, Long createdBy,
         Instant now) {
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("a goal needs a description");
        }
        this.clientId = clientId;
        this.description = description.strip();
        this.lifeDomainId = lifeDomainId;
        this.owner = owner;
        this.targetDate = targetDate;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A new status and/or a progress note (dated), based on the version the coach saw. */
    void progress(GoalStatus newStatus, String note, LocalDate today, long seenVersion, Instant now) {
        if (seenVersion != version) {
            throw new ObjectOptimisticLockingFailureException(Goal.class, id);
        }
        this.status = newStatus;
        if (note != null && !note.isBlank()) {
            String line = Dates.date(today, Locale.forLanguageTag("nl")) + ": " + note.strip();
            String all = progressNotes == null ? line : progressNotes + "\n" + line;
            this.progressNotes = all.length() > 8000 ? all.substring(all.length() - 8000) : all;
        }
        this.updatedAt = now;
    }

    Long getId() {
        return id;
    }

    Long getClientId() {
        return clientId;
    }

    String getDescription() {
        return description;
    }

    Long getLifeDomainId() {
        return lifeDomainId;
    }

    GoalOwner getOwner() {
        return owner;
    }

    GoalStatus getStatus() {
        return status;
    }

    LocalDate getTargetDate() {
        return targetDate;
    }

    String getProgressNotes() {
        return progressNotes;
    }

    long getVersion() {
        return version;
    }
}
