package nl.waakvlam.contact;

import nl.waakvlam.reference.LifeDomainView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A contact moment as one viewer may see it. {@code privateNote} is null unless the viewer is one of the
 * client's coaches, or the project leader while an access for need holds.
 */
public record ContactView(Long id, Long clientId, Instant occurredAt, ContactOutcome outcome, ContactType type,
                          InitiatedBy initiatedBy, Integer durationMinutes, List<LifeDomainView> domains,
                          String privateNote, String sharedNote, String followUpAction, LocalDate followUpDue,
                          boolean followUpDone, boolean significantDecision, boolean incident, TimeKind timeKind,
                          Set<WorkingElement> workingElements, String author, boolean editable, boolean corrected) {

    public boolean reached() {
        return outcome.reached();
    }
}
