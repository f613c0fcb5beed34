package nl.waakvlam.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a coach records about one contact moment (command for logging and correcting). {@code forHandover}
 * marks the private note "voor de overdracht": it then goes into the handover summary a new coach reads.
 */
public record ContactDetails(Instant occurredAt, ContactOutcome outcome, ContactType type, InitiatedBy initiatedBy,
                             Integer durationMinutes, Set<Long> lifeDomainIds, String privateNote, String sharedNote,
                             String followUpAction, LocalDate followUpDue, boolean significantDecision,
                             boolean incident, TimeKind timeKind, Set<WorkingElement> workingElements,
                             boolean forHandover) {

    /** A contact whose private note stays out of a handover (history, the one-tap attempt). */
    public ContactDetails(Instant occurredAt, ContactOutcome outcome, ContactType type, InitiatedBy initiatedBy,
                          Integer durationMinutes, Set<Long> lifeDomainIds, String privateNote, String sharedNote,
                          String followUpAction, LocalDate followUpDue, boolean significantDecision,
                          boolean incident, TimeKind timeKind, Set<WorkingElement> workingElements) {
        this(occurredAt, outcome, type, initiatedBy, durationMinutes, lifeDomainIds, privateNote, sharedNote,
                followUpAction, followUpDue, significantDecision, incident, timeKind, workingElements, false);
    }

    /** A one-tap attempt: now, this outcome and type, nothing else. */
    public static ContactDetails attempt(Instant now, ContactOutcome outcome, ContactType type) {
        return new ContactDetails(now, outcome, type, InitiatedBy.COACH, null, Set.of(), null, null, null, null,
                false, false, TimeKind.DIRECT, Set.of());
    }

    List<Long> domainList() {
        return lifeDomainIds == null ? List.of() : lifeDomainIds.stream().sorted().toList();
    }
}
