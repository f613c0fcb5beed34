package nl.waakvlam.backoffice;

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

/** A call the back office took for a coach: call this person back about this client. */
@Entity
@Table(name = "callback_request")
class CallbackRequest {

    /** Who called. */
    enum CallerKind { REFERRER, CLIENT, FAMILY, OTHER }

    /** How soon the coach should call back. */
    enum Urgency { URGENT, TODAY, THIS_WEEK }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "client_id")
    private Long clientId;
    @Column(name = "coach_id")
    private Long coachId;
    @Column(name = "caller_name")
    private String callerName;
    @Column(name = "caller_phone")
    private String callerPhone;
    @Enumerated(EnumType.STRING)
    @Column(name = "caller_kind")
    private CallerKind callerKind;
    private String message;
    @Enumerated(EnumType.STRING)
    private Urgency urgency;
    @Column(name = "created_by")
    private Long createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "done_at")
    private Instant doneAt;
    @Column(name = "done_by")
    private Long doneBy;
    @Version
    private long version;

    protected CallbackRequest() {
    }

    CallbackRequest(Long clientId, Long coachId, String callerName, String callerPhone, CallerKind callerKind,
                    String message, Urgency urgency, Long createdBy, Instant createdAt) {
        this.clientId = clientId;
        this.coachId = coachId;
        this.callerName = callerName;
        this.callerPhone = callerPhone;
        this.callerKind = callerKind;
        this.message = message;
        this.urgency = urgency;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void done(Long by, Instant at) {
        if (doneAt == null) {
            doneAt = at;
            doneBy = by;
        }
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

    String getCallerName() {
        return callerName;
    }

    String getCallerPhone() {
        return callerPhone;
    }

    CallerKind getCallerKind() {
        return callerKind;
    }

    String getMessage() {
        return message;
    }

    Urgency getUrgency() {
        return urgency;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getDoneAt() {
        return doneAt;
    }

    Long getDoneBy() {
        return doneBy;
    }
}
