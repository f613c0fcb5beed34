package nl.waakvlam.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.waakvlam.shared.Text;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;

/**
 * One contact moment. Corrections go through {@link #correct}; deletion is soft and keeps the
 * reason. Only the coach who logged it may change it.
 */
@Entity
@Table(name = "contact_moment")
class ContactMoment {

    /** Clock skew between a phone and the server: a few minutes ahead is still "now". */
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(name = "coach_id", nullable = false)
    private Long coachId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContactOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContactType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "initiated_by", nullable = false)
    private InitiatedBy initiatedBy;

    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "life_domain_ids", nullable = false)
    private Long[] lifeDomainIds = new Long[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "working_elements", nullable = false)
    private String[] workingElements = new String[0];

    @Column(name = "private_note")
    private String privateNote;

    /** The private note goes into a handover summary (marked by its author, "voor de overdracht"). */
    @Column(name = "for_handover", nullable = false)
    private boolean forHandover;

    @Column(name = "shared_note")
    private String sharedNote;

    @Column(name = "follow_up_action")
    private String followUpAction;

    @Column(name = "follow_up_due")
    private LocalDate followUpDue;

    @Column(name = "follow_up_done_at")
    private Instant followUpDoneAt;

    @Column(name = "significant_decision", nullable = false)
    private boolean significantDecision;

    @Column(nullable = false)
    private boolean incident;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_kind", nullable = false)
    private TimeKind timeKind;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "deleted_by")
    private Long deletedBy;

    @Column(name = "delete_reason")
    private String deleteReason;

    @Version
    private long version;

    protected ContactMoment() {
    }

    ContactMoment(Long clientId, Long coachId, ContactDetails details, Instant now) {
        this.clientId = clientId;
        this.coachId = coachId;
        this.createdAt = now;
        apply(details, now);
    }

    void correct(Long byCoach, long seenVersion, ContactDetails details, Instant now) {
        requireAuthor(byCoach);
        requireVersion(seenVersion);
        apply(details, now);
        this.updatedAt = now;
    }

    void delete(Long byCoach, long seenVersion, String reason, Instant now) {
        requireAuthor(byCoach);
        requireVersion(seenVersion);
        if (reason == null || reason.isBlank()) {
            throw new ContactException("deleteReason", "contact.deleteReasonRequired");
        }
        this.deletedAt = now;
        this.deletedBy = byCoach;
        this.deleteReason = reason.trim();
    }

    void followUpDone(Instant now) {
        this.followUpDoneAt = now;
    }

    private void requireAuthor(Long coach) {
        if (!coachId.equals(coach)) {
            throw new ContactException(null, "contact.notAuthor");
        }
        if (deletedAt != null) {
            throw new ContactException(null, "contact.deleted");
        }
    }

    private void requireVersion(long seenVersion) {
        if (seenVersion != version) {
            throw new ObjectOptimisticLockingFailureException(ContactMoment.class, id);
        }
    }

    private void apply(ContactDetails d, Instant now) {
        if (d.occurredAt() == null) {
            throw new ContactException("occurredAt", "NotNull");
        }
        if (d.occurredAt().isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw new ContactException("occurredAt", "contact.inFuture");
        }
        if (d.outcome() == null) {
            throw new ContactException("outcome", "NotNull");
        }
        if (d.type() == null) {
            throw new ContactException("type", "contact.typeRequired");
        }
        if (d.durationMinutes() != null && (d.durationMinutes() < 1 || d.durationMinutes() > 24 * 60)) {
            throw new ContactException("durationMinutes", "contact.durationRange");
        }
        if (d.followUpDue() != null && (d.followUpAction() == null || d.followUpAction().isBlank())) {
            throw new ContactException("followUpAction", "contact.followUpActionRequired");
        }
        this.occurredAt = d.occurredAt();
        this.outcome = d.outcome();
        this.type = d.type();
        this.initiatedBy = d.initiatedBy() == null ? InitiatedBy.COACH : d.initiatedBy();
        this.durationMinutes = d.durationMinutes();
        this.lifeDomainIds = d.domainList().toArray(Long[]::new);
        this.workingElements = d.workingElements() == null ? new String[0]
                : d.workingElements().stream().map(Enum::name).sorted().toArray(String[]::new);
        this.privateNote = Text.blankToNull(d.privateNote());
        this.forHandover = d.forHandover() && this.privateNote != null;
        this.sharedNote = Text.blankToNull(d.sharedNote());
        this.followUpAction = Text.blankToNull(d.followUpAction());
        this.followUpDue = d.followUpDue();
        this.significantDecision = d.significantDecision();
        this.incident = d.incident();
        this.timeKind = d.timeKind() == null ? TimeKind.DIRECT : d.timeKind();
    }


    ContactDetails details() {
        return new ContactDetails(occurredAt, outcome, type, initiatedBy, durationMinutes,
                Set.copyOf(Arrays.asList(lifeDomainIds)), privateNote, sharedNote, followUpAction, followUpDue,
                significantDecision, incident, timeKind, WorkingElement.setOf(workingElements), forHandover);
    }

    Long getId() {
        return id;
    }

    Long getClientId() {
        return clientId;
    }

    Long getCoachId() {
        return coachId;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }

    ContactOutcome getOutcome() {
        return outcome;
    }

    ContactType getType() {
        return type;
    }

    Instant getFollowUpDoneAt() {
        return followUpDoneAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    long getVersion() {
        return version;
    }
}
