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

    // What the timeline entry shows, worked out here once rather than joined in the template: each
    // entry is rendered twenty times per page, and every expression saved there counts.

    /** The entry's id on the page, the target of links to this contact. */
    public String anchor() {
        return "contact-" + id;
    }

    public String typeKey() {
        return "contactType." + type.name();
    }

    public String outcomeKey() {
        return "contactOutcome." + outcome.name();
    }

    public String initiatedByKey() {
        return "initiatedBy." + initiatedBy.name();
    }

    /** An incident or a significant decision: the rare badges, behind one condition. */
    public boolean flagged() {
        return incident || significantDecision;
    }

    /** Where the coach corrects this contact (shown only when {@link #editable()}). */
    public String editPath() {
        return "/clients/" + clientId + "/contacts/" + id + "/edit";
    }
}
