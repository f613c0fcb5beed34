package nl.waakvlam.escalation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** The event form; scale-up and transition fields are shown for those types only. */
class EventForm {

    @NotNull
    private EventType type;
    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate occurredOn;
    private List<Long> lifeDomainIds = new ArrayList<>();
    private SignalSource source;
    @NotBlank
    @Size(max = 4000)
    private String whatHappened;
    @Size(max = 2000)
    private String actionTaken;
    @Size(max = 2000)
    private String outcome;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate followUpOn;
    @NotNull
    private Severity severity = Severity.MEDIUM;
    private boolean significant;
    private Long warningSignId;
    private boolean backToIntensive;
    private Long targetOrganisationId;
    @Size(max = 200)
    private String newOrganisationName;
    @Size(max = 200)
    private String careKind;
    private ReferralFormStatus referralFormStatus = ReferralFormStatus.NOT_STARTED;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate waitingSince;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expectedStart;
    private boolean bridging;
    private Boolean infoExchangeConsent;
    private TransitionType transitionType;
    @Size(max = 500)
    private String organisationsInvolved;
    private boolean warmHandover;
    private Long returnFromScaleUpId;

    EventDetails toDetails() {
        return new EventDetails(type, occurredOn, new HashSet<>(lifeDomainIds), source, whatHappened, actionTaken,
                outcome, followUpOn, severity, significant, warningSignId, backToIntensive, targetOrganisationId,
                careKind, referralFormStatus, waitingSince, expectedStart, bridging, infoExchangeConsent,
                transitionType, organisationsInvolved, warmHandover);
    }

    public EventType getType() {
        return type;
    }

    public void setType(EventType type) {
        this.type = type;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public List<Long> getLifeDomainIds() {
        return lifeDomainIds;
    }

    public void setLifeDomainIds(List<Long> lifeDomainIds) {
        this.lifeDomainIds = lifeDomainIds == null ? new ArrayList<>() : lifeDomainIds;
    }

    public SignalSource getSource() {
        return source;
    }

    public void setSource(SignalSource source) {
        this.source = source;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public void setWhatHappened(String whatHappened) {
        this.whatHappened = whatHappened;
    }

    public String getActionTaken() {
        return actionTaken;
    }

    public void setActionTaken(String actionTaken) {
        this.actionTaken = actionTaken;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public LocalDate getFollowUpOn() {
        return followUpOn;
    }

    public void setFollowUpOn(LocalDate followUpOn) {
        this.followUpOn = followUpOn;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public boolean isSignificant() {
        return significant;
    }

    public void setSignificant(boolean significant) {
        this.significant = significant;
    }

    public Long getWarningSignId() {
        return warningSignId;
    }

    public void setWarningSignId(Long warningSignId) {
        this.warningSignId = warningSignId;
    }

    public boolean isBackToIntensive() {
        return backToIntensive;
    }

    public void setBackToIntensive(boolean backToIntensive) {
        this.backToIntensive = backToIntensive;
    }

    public Long getTargetOrganisationId() {
        return targetOrganisationId;
    }

    public void setTargetOrganisationId(Long targetOrganisationId) {
        this.targetOrganisationId = targetOrganisationId;
    }

    public String getNewOrganisationName() {
        return newOrganisationName;
    }

    public void setNewOrganisationName(String newOrganisationName) {
        this.newOrganisationName = newOrganisationName;
    }

    public String getCareKind() {
        return careKind;
    }

    public void setCareKind(String careKind) {
        this.careKind = careKind;
    }

    public ReferralFormStatus getReferralFormStatus() {
        return referralFormStatus;
    }

    public void setReferralFormStatus(ReferralFormStatus referralFormStatus) {
        this.referralFormStatus = referralFormStatus;
    }

    public LocalDate getWaitingSince() {
        return waitingSince;
    }

    public void setWaitingSince(LocalDate waitingSince) {
        this.waitingSince = waitingSince;
    }

    public LocalDate getExpectedStart() {
        return expectedStart;
    }

    public void setExpectedStart(LocalDate expectedStart) {
        this.expectedStart = expectedStart;
    }

    public boolean isBridging() {
        return bridging;
    }

    public void setBridging(boolean bridging) {
        this.bridging = bridging;
    }

    public Boolean getInfoExchangeConsent() {
        return infoExchangeConsent;
    }

    public void setInfoExchangeConsent(Boolean infoExchangeConsent) {
        this.infoExchangeConsent = infoExchangeConsent;
    }

    public TransitionType getTransitionType() {
        return transitionType;
    }

    public void setTransitionType(TransitionType transitionType) {
        this.transitionType = transitionType;
    }

    public String getOrganisationsInvolved() {
        return organisationsInvolved;
    }

    public void setOrganisationsInvolved(String organisationsInvolved) {
        this.organisationsInvolved = organisationsInvolved;
    }

    public boolean isWarmHandover() {
        return warmHandover;
    }

    public void setWarmHandover(boolean warmHandover) {
        this.warmHandover = warmHandover;
    }

    public Long getReturnFromScaleUpId() {
        return returnFromScaleUpId;
    }

    public void setReturnFromScaleUpId(Long returnFromScaleUpId) {
        this.returnFromScaleUpId = returnFromScaleUpId;
    }
}
