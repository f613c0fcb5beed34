package nl.waakvlam.security;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The administrator's audit-view filters and the keyset cursor of the page: rows strictly older than
 * ({@code beforeAt}, {@code beforeId}), newest first.
 */
class AuditFilter {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    /** A user name, or part of a display name. */
    @Size(max = 100)
    private String user;

    @Positive
    private Long client;

    private AuditAction action;

    private AuditOutcome outcome;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private Instant beforeAt;

    private Long beforeId;

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public Long getClient() {
        return client;
    }

    public void setClient(Long client) {
        this.client = client;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AuditOutcome outcome) {
        this.outcome = outcome;
    }

    public Instant getBeforeAt() {
        return beforeAt;
    }

    public void setBeforeAt(Instant beforeAt) {
        this.beforeAt = beforeAt;
    }

    public Long getBeforeId() {
        return beforeId;
    }

    public void setBeforeId(Long beforeId) {
        this.beforeId = beforeId;
    }

    boolean hasUser() {
        return user != null && !user.isBlank();
    }
}
