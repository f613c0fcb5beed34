package nl.waakvlam.sharing;

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

/**
 * A progress report (voortgangsverslag). A draft is edited freely; release needs the date it was
 * discussed with the client; a released report never changes — a correction is a new version
 * and the old one becomes superseded when the new one is released.
 */
@Entity
@Table(name = "progress_report")
class ProgressReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportStatus status = ReportStatus.DRAFT;

    @Column(name = "discussed_on")
    private LocalDate discussedOn;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "released_by")
    private Long releasedBy;

    @Column(name = "version_no", nullable = false)
    private int versionNo = 1;

    @Column(name = "previous_id")
    private Long previousId;

    @Column(name = "created_by", nullable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The coach asked the client to read this draft on Mijn Waakvlam. */
    @Column(name = "client_asked_at")
    private Instant clientAskedAt;

    /** The client's answer: it is right (true) or not (false, with {@link #clientNote}). */
    @Column(name = "client_agreed")
    private Boolean clientAgreed;

    @Column(name = "client_note")
    private String clientNote;

    @Column(name = "client_answered_at")
    private Instant clientAnsweredAt;

    @Version
    private long version;

    protected ProgressReport() {
    }

    ProgressReport(Long clientId, LocalDate from, LocalDate to, String body, Long createdBy, Instant createdAt) {
        if (to.isBefore(from)) {
            throw new SharingException("periodTo", "report.periodOrder");
        }
        this.clientId = clientId;
        this.periodFrom = from;
        this.periodTo = to;
        this.body = body;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** A correction of this released report: a new draft with the same period and text. */
    ProgressReport correction(Long by, Instant now) {
        if (status != ReportStatus.RELEASED) {
            throw new SharingException(null, "report.onlyReleasedCanBeCorrected");
        }
        ProgressReport next = new ProgressReport(clientId, periodFrom, periodTo, body, by, now);
        next.versionNo = versionNo + 1;
        next.previousId = id;
        return next;
    }

    void edit(String newBody, LocalDate discussed, long seenVersion) {
        requireDraft();
        if (seenVersion != version) {
            throw new ObjectOptimisticLockingFailureException(ProgressReport.class, id);
        }
        if (newBody == null || newBody.isBlank()) {
            throw new SharingException("body", "NotBlank");
        }
        if (clientAnsweredAt != null && !newBody.strip().equals(body)) {
            // the client answered another text: the changed draft is theirs to read again
            this.clientAgreed = null;
            this.clientNote = null;
            this.clientAnsweredAt = null;
        }
        this.body = newBody.strip();
        this.discussedOn = discussed;
    }

    /** A draft's period may change: both dates given, the end not before the start and not after today. */
    void changePeriod(LocalDate from, LocalDate to, LocalDate today) {
        requireDraft();
        if (from == null) {
            throw new SharingException("periodFrom", "NotNull");
        }
        if (to == null) {
            throw new SharingException("periodTo", "NotNull");
        }
        if (to.isBefore(from)) {
            throw new SharingException("periodTo", "report.periodOrder");
        }
        if (to.isAfter(today)) {
            throw new SharingException("periodTo", "event.dateInFuture");
        }
        this.periodFrom = from;
        this.periodTo = to;
    }

    void release(Long by, Instant now, LocalDate today) {
        requireDraft();
        if (discussedOn == null) {
            throw new SharingException("discussedOn", "report.discussFirst");
        }
        if (discussedOn.isAfter(today)) {
            throw new SharingException("discussedOn", "event.dateInFuture");
        }
        this.status = ReportStatus.RELEASED;
        this.releasedAt = now;
        this.releasedBy = by;
    }

    void supersede() {
        this.status = ReportStatus.SUPERSEDED;
    }

    /** The coach puts this draft before the client; asking again clears an earlier answer. */
    void askClient(Instant at) {
        requireDraft();
        this.clientAskedAt = at;
        this.clientAgreed = null;
        this.clientNote = null;
        this.clientAnsweredAt = null;
    }

    /** The client's answer to a draft put before them. */
    void clientAnswers(boolean agreed, String note, Instant at) {
        requireDraft();
        if (clientAskedAt == null) {
            throw new SharingException(null, "mine.draft.notAsked");
        }
        this.clientAgreed = agreed;
        this.clientNote = note;
        this.clientAnsweredAt = at;
    }

    Instant getClientAskedAt() {
        return clientAskedAt;
    }

    Boolean getClientAgreed() {
        return clientAgreed;
    }

    String getClientNote() {
        return clientNote;
    }

    Instant getClientAnsweredAt() {
        return clientAnsweredAt;
    }

    private void requireDraft() {
        if (status != ReportStatus.DRAFT) {
            throw new SharingException(null, "report.releasedIsFinal");
        }
    }

    boolean visibleOutsideCoach() {
        return status != ReportStatus.DRAFT;
    }

    Long getId() {
        return id;
    }

    Long getClientId() {
        return clientId;
    }

    LocalDate getPeriodFrom() {
        return periodFrom;
    }

    LocalDate getPeriodTo() {
        return periodTo;
    }

    String getBody() {
        return body;
    }

    ReportStatus getStatus() {
        return status;
    }

    LocalDate getDiscussedOn() {
        return discussedOn;
    }

    Instant getReleasedAt() {
        return releasedAt;
    }

    int getVersionNo() {
        return versionNo;
    }

    Long getPreviousId() {
        return previousId;
    }

    long getVersion() {
        return version;
    }
}
