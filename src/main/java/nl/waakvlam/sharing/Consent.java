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

import java.time.Instant;
import java.time.LocalDate;

/**
 * The client's consent for one recipient and scope. Never deleted: withdrawal sets a date, and a
 * new consent is a new row, so the full history stays.
 */
@Entity
@Table(name = "consent")
class Consent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_type", nullable = false)
    private RecipientType recipientType;

    @Column(name = "recipient_user_id")
    private Long recipientUserId;

    @Column(name = "recipient_organisation_id")
    private Long recipientOrganisationId;

    @Column(name = "recipient_name")
    private String recipientName;

    @Column(name = "scope_reports", nullable = false)
    private boolean scopeReports;

    @Column(name = "scope_events", nullable = false)
    private boolean scopeEvents;

    @Column(name = "scope_goals", nullable = false)
    private boolean scopeGoals;

    @Enumerated(EnumType.STRING)
    @Column(name = "obtained_how", nullable = false)
    private ObtainedHow obtainedHow;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Column(name = "recorded_by", nullable = false)
    private Long recordedBy;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "withdrawn_by")
    private Long withdrawnBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Consent() {
    }

    Consent(Long clientId, RecipientType type, Long userId, Long organisationId, String name, boolean reports,
            boolean events, boolean goals, ObtainedHow how, LocalDate givenOn, Long recordedBy, Instant createdAt) {
        if (!reports && !events && !goals) {
            throw new SharingException("scope", "consent.scopeRequired");
        }
        this.clientId = clientId;
        this.recipientType = type;
        this.recipientUserId = userId;
        this.recipientOrganisationId = organisationId;
        this.recipientName = name;
        this.scopeReports = reports;
        this.scopeEvents = events;
        this.scopeGoals = goals;
        this.obtainedHow = how;
        this.givenOn = givenOn;
        this.recordedBy = recordedBy;
        this.createdAt = createdAt;
    }

    void withdraw(LocalDate on, Long by) {
        if (withdrawnOn != null) {
            throw new SharingException(null, "consent.alreadyWithdrawn");
        }
        this.withdrawnOn = on;
        this.withdrawnBy = by;
    }

    boolean active() {
        return withdrawnOn == null;
    }

    Long getId() {
        return id;
    }

    Long getClientId() {
        return clientId;
    }

    RecipientType getRecipientType() {
        return recipientType;
    }

    Long getRecipientUserId() {
        return recipientUserId;
    }

    Long getRecipientOrganisationId() {
        return recipientOrganisationId;
    }

    String getRecipientName() {
        return recipientName;
    }

    boolean isScopeReports() {
        return scopeReports;
    }

    boolean isScopeEvents() {
        return scopeEvents;
    }

    boolean isScopeGoals() {
        return scopeGoals;
    }

    ObtainedHow getObtainedHow() {
        return obtainedHow;
    }

    LocalDate getGivenOn() {
        return givenOn;
    }

    Long getRecordedBy() {
        return recordedBy;
    }

    LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }
}
