package nl.waakvlam.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.waakvlam.client.Phase;
import nl.waakvlam.shared.Text;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** One event on a client's escalation ladder. A scale-up stays open until a return closes it. */
@Entity
@Table(name = "client_event")
class ClientEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventType type;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "life_domain_ids", nullable = false)
    private Long[] lifeDomainIds = new Long[0];

    @Enumerated(EnumType.STRING)
    private SignalSource source;

    @Column(name = "what_happened", nullable = false)
    private String whatHappened;

    @Column(name = "action_taken")
    private String actionTaken;

    private String outcome;

    @Column(name = "follow_up_on")
    private LocalDate followUpOn;

    @Column(name = "follow_up_done_at")
    private Instant followUpDoneAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Severity severity;

    private boolean significant;

    @Column(name = "warning_sign_id")
    private Long warningSignId;

    @Column(name = "target_organisation_id")
    private Long targetOrganisationId;

    @Column(name = "care_kind")
    private String careKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "referral_form_status")
    private ReferralFormStatus referralFormStatus;

    @Column(name = "waiting_since")
    private LocalDate waitingSince;

    @Column(name = "expected_start")
    private LocalDate expectedStart;

    private Boolean bridging;

    @Column(name = "info_exchange_consent")
    private Boolean infoExchangeConsent;

    @Enumerated(EnumType.STRING)
    @Column(name = "scale_up_outcome")
    private ScaleUpOutcome scaleUpOutcome;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "closed_by_event_id")
    private Long closedByEventId;

    @Enumerated(EnumType.STRING)
    @Column(name = "transition_type")
    private TransitionType transitionType;

    @Column(name = "organisations_involved")
    private String organisationsInvolved;

    @Column(name = "warm_handover")
    private Boolean warmHandover;

    @Enumerated(EnumType.STRING)
    @Column(name = "phase_before")
    private Phase phaseBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "phase_after")
    private Phase phaseAfter;

    @Column(name = "recorded_by", nullable = false)
    private Long recordedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ClientEvent() {
    }

    ClientEvent(Long clientId, EventDetails d, Phase phaseBefore, Phase phaseAfter, Long recordedBy, Instant now,
                LocalDate today) {
        if (d.occurredOn() == null) {
            throw new EventException("occurredOn", "NotNull");
        }
        if (d.occurredOn().isAfter(today)) {
            throw new EventException("occurredOn", "event.dateInFuture");
        }
        if (d.whatHappened() == null || d.whatHappened().isBlank()) {
            throw new EventException("whatHappened", "NotBlank");
        }
        if (d.type() == EventType.SIGNAL && d.source() == null) {
            throw new EventException("source", "event.signalNeedsSource");
        }
        if (d.type() == EventType.SCALE_UP) {
            if (d.targetOrganisationId() == null) {
                throw new EventException("targetOrganisationId", "event.scaleUpNeedsOrganisation");
            }
            if (d.infoExchangeConsent() == null) {
                throw new EventException("infoExchangeConsent", "event.scaleUpNeedsConsentAnswer");
            }
        }
        if (d.type() == EventType.TRANSITION && d.transitionType() == null) {
            throw new EventException("transitionType", "event.transitionNeedsType");
        }
        this.clientId = clientId;
        this.type = d.type();
        this.occurredOn = d.occurredOn();
        this.lifeDomainIds = d.lifeDomainIds() == null ? new Long[0]
                : d.lifeDomainIds().stream().sorted().toArray(Long[]::new);
        this.source = d.source();
        this.whatHappened = d.whatHappened().strip();
        this.actionTaken = Text.blankToNull(d.actionTaken());
        this.outcome = Text.blankToNull(d.outcome());
        this.followUpOn = d.followUpOn();
        this.severity = d.severity() == null ? Severity.MEDIUM : d.severity();
        this.significant = d.significant() || d.type() == EventType.SCALE_UP;
        this.warningSignId = d.warningSignId();
        if (d.type() == EventType.SCALE_UP) {
            this.targetOrganisationId = d.targetOrganisationId();
            this.careKind = Text.blankToNull(d.careKind());
            this.referralFormStatus = d.referralFormStatus() == null ? ReferralFormStatus.NOT_STARTED
                    : d.referralFormStatus();
            this.waitingSince = d.waitingSince() == null ? d.occurredOn() : d.waitingSince();
            this.expectedStart = d.expectedStart();
            this.bridging = d.bridging() != null && d.bridging();
            this.infoExchangeConsent = d.infoExchangeConsent();
            this.scaleUpOutcome = ScaleUpOutcome.STILL_WAITING;
        }
        if (d.type() == EventType.TRANSITION) {
            this.transitionType = d.transitionType();
            this.organisationsInvolved = Text.blankToNull(d.organisationsInvolved());
            this.warmHandover = d.warmHandover() != null && d.warmHandover();
        }
        this.phaseBefore = phaseBefore;
        this.phaseAfter = phaseAfter;
        this.recordedBy = recordedBy;
        this.createdAt = now;
    }


    boolean isOpenScaleUp() {
        return type == EventType.SCALE_UP && closedOn == null;
    }

    /** A return from heavier care closes the scale-up. */
    void closeByReturn(Long returnEventId, LocalDate on) {
        this.closedOn = on;
        this.closedByEventId = returnEventId;
        this.scaleUpOutcome = ScaleUpOutcome.RETURNED;
    }

    /** Progress on an open scale-up: form status, expected start, outcome (refused closes it). */
    void updateScaleUp(ReferralFormStatus formStatus, LocalDate expected, ScaleUpOutcome newOutcome, LocalDate today) {
        if (!isOpenScaleUp()) {
            throw new EventException(null, "event.scaleUpClosed");
        }
        if (newOutcome == ScaleUpOutcome.RETURNED) {
            throw new EventException("scaleUpOutcome", "event.useReturn");
        }
        this.referralFormStatus = formStatus;
        this.expectedStart = expected;
        this.scaleUpOutcome = newOutcome;
        if (newOutcome == ScaleUpOutcome.REFUSED) {
            this.closedOn = today;
        }
    }

    void followUpDone(Instant now) {
        this.followUpDoneAt = now;
    }

    long waitingDays(LocalDate today) {
        LocalDate from = waitingSince == null ? occurredOn : waitingSince;
        LocalDate until = closedOn != null ? closedOn : today;
        return ChronoUnit.DAYS.between(from, until);
    }

    Long getId() {
        return id;
    }

    Long getClientId() {
        return clientId;
    }

    EventType getType() {
        return type;
    }

    LocalDate getOccurredOn() {
        return occurredOn;
    }

    Long[] getLifeDomainIds() {
        return lifeDomainIds;
    }

    SignalSource getSource() {
        return source;
    }

    String getWhatHappened() {
        return whatHappened;
    }

    String getActionTaken() {
        return actionTaken;
    }

    String getOutcome() {
        return outcome;
    }

    LocalDate getFollowUpOn() {
        return followUpOn;
    }

    Instant getFollowUpDoneAt() {
        return followUpDoneAt;
    }

    Severity getSeverity() {
        return severity;
    }

    boolean isSignificant() {
        return significant;
    }

    Long getWarningSignId() {
        return warningSignId;
    }

    Long getTargetOrganisationId() {
        return targetOrganisationId;
    }

    String getCareKind() {
        return careKind;
    }

    ReferralFormStatus getReferralFormStatus() {
        return referralFormStatus;
    }

    LocalDate getWaitingSince() {
        return waitingSince;
    }

    LocalDate getExpectedStart() {
        return expectedStart;
    }

    Boolean getBridging() {
        return bridging;
    }

    Boolean getInfoExchangeConsent() {
        return infoExchangeConsent;
    }

    ScaleUpOutcome getScaleUpOutcome() {
        return scaleUpOutcome;
    }

    LocalDate getClosedOn() {
        return closedOn;
    }

    TransitionType getTransitionType() {
        return transitionType;
    }

    String getOrganisationsInvolved() {
        return organisationsInvolved;
    }

    Boolean getWarmHandover() {
        return warmHandover;
    }

    Phase getPhaseBefore() {
        return phaseBefore;
    }

    Phase getPhaseAfter() {
        return phaseAfter;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    long getVersion() {
        return version;
    }
}
