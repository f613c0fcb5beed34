package nl.waakvlam.contact;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;

/** The quick log and correction form. Only date/time, outcome and type are required. */
class ContactForm {

    private long version;

    @NotNull
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime occurredAt;

    @NotNull
    private ContactOutcome outcome = ContactOutcome.REACHED;

    @NotNull
    private ContactType type;

    private InitiatedBy initiatedBy = InitiatedBy.COACH;

    @Min(1)
    @Max(1440)
    private Integer durationMinutes;

    private List<Long> lifeDomainIds = new ArrayList<>();

    @Size(max = 4000)
    private String privateNote;

    /** The private note goes into the handover summary when the client changes coach. */
    private boolean forHandover;

    @Size(max = 2000)
    private String sharedNote;

    @Size(max = 500)
    private String followUpAction;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate followUpDue;

    private boolean significantDecision;

    private boolean incident;

    private TimeKind timeKind = TimeKind.DIRECT;

    private List<WorkingElement> workingElements = new ArrayList<>();

    /** Where to go after saving: "caseload" or the client file. */
    private String from;

    /** Continue to the event form to record a signal noticed during this contact. */
    private boolean alsoSignal;

    public boolean isForHandover() {
        return forHandover;
    }

    public void setForHandover(boolean forHandover) {
        this.forHandover = forHandover;
    }

    public boolean isAlsoSignal() {
        return alsoSignal;
    }

    public void setAlsoSignal(boolean alsoSignal) {
        this.alsoSignal = alsoSignal;
    }

    ContactDetails toDetails(ZoneId zone) {
        EnumSet<WorkingElement> elements = EnumSet.noneOf(WorkingElement.class);
        elements.addAll(workingElements);
        return new ContactDetails(occurredAt == null ? null : occurredAt.atZone(zone).toInstant(), outcome, type,
                initiatedBy, durationMinutes, new HashSet<>(lifeDomainIds), privateNote, sharedNote, followUpAction,
                followUpDue, significantDecision, incident, timeKind, elements, forHandover);
    }

    static ContactForm from(ContactDetails d, long version, ZoneId zone) {
        ContactForm form = new ContactForm();
        form.version = version;
        form.occurredAt = LocalDateTime.ofInstant(d.occurredAt(), zone).withSecond(0).withNano(0);
        form.outcome = d.outcome();
        form.type = d.type();
        form.initiatedBy = d.initiatedBy();
        form.durationMinutes = d.durationMinutes();
        form.lifeDomainIds = new ArrayList<>(d.domainList());
        form.privateNote = d.privateNote();
        form.sharedNote = d.sharedNote();
        form.forHandover = d.forHandover();
        form.followUpAction = d.followUpAction();
        form.followUpDue = d.followUpDue();
        form.significantDecision = d.significantDecision();
        form.incident = d.incident();
        form.timeKind = d.timeKind();
        form.workingElements = new ArrayList<>(d.workingElements());
        return form;
    }

    boolean returnsToCaseload() {
        return "caseload".equals(from);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(LocalDateTime occurredAt) {
        this.occurredAt = occurredAt;
    }

    public ContactOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(ContactOutcome outcome) {
        this.outcome = outcome;
    }

    public ContactType getType() {
        return type;
    }

    public void setType(ContactType type) {
        this.type = type;
    }

    public InitiatedBy getInitiatedBy() {
        return initiatedBy;
    }

    public void setInitiatedBy(InitiatedBy initiatedBy) {
        this.initiatedBy = initiatedBy;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public List<Long> getLifeDomainIds() {
        return lifeDomainIds;
    }

    public void setLifeDomainIds(List<Long> lifeDomainIds) {
        this.lifeDomainIds = lifeDomainIds == null ? new ArrayList<>() : lifeDomainIds;
    }

    public String getPrivateNote() {
        return privateNote;
    }

    public void setPrivateNote(String privateNote) {
        this.privateNote = privateNote;
    }

    public String getSharedNote() {
        return sharedNote;
    }

    public void setSharedNote(String sharedNote) {
        this.sharedNote = sharedNote;
    }

    public String getFollowUpAction() {
        return followUpAction;
    }

    public void setFollowUpAction(String followUpAction) {
        this.followUpAction = followUpAction;
    }

    public LocalDate getFollowUpDue() {
        return followUpDue;
    }

    public void setFollowUpDue(LocalDate followUpDue) {
        this.followUpDue = followUpDue;
    }

    public boolean isSignificantDecision() {
        return significantDecision;
    }

    public void setSignificantDecision(boolean significantDecision) {
        this.significantDecision = significantDecision;
    }

    public boolean isIncident() {
        return incident;
    }

    public void setIncident(boolean incident) {
        this.incident = incident;
    }

    public TimeKind getTimeKind() {
        return timeKind;
    }

    public void setTimeKind(TimeKind timeKind) {
        this.timeKind = timeKind;
    }

    public List<WorkingElement> getWorkingElements() {
        return workingElements;
    }

    public void setWorkingElements(List<WorkingElement> workingElements) {
        this.workingElements = workingElements == null ? new ArrayList<>() : workingElements;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }
}
