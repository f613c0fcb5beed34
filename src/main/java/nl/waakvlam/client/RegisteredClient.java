package nl.waakvlam.client;

import java.time.LocalDate;

/**
 * A client from the programme's own registration (the Excel caseload a programme kept before
 * Waakvlam), brought in by the import. There is no referrer account behind it, only the referring
 * organisation. The lifecycle path to {@code phase} is written as history: referred on
 * {@code referredOn}, coaching from {@code startedOn}, in the current phase since {@code phaseSince}.
 * {@code remark} (the list's remarks column) becomes the note of the first coach assignment: the
 * coaches and the project leader read it on the file, a referrer never does.
 */
public record RegisteredClient(ClientIdentity identity, ClientProfile profile, Long referringOrganisationId,
                               Phase phase, LocalDate referredOn, LocalDate startedOn, LocalDate phaseSince,
                               Long coachId, String remark) {

    public RegisteredClient(ClientIdentity identity, ClientProfile profile, Long referringOrganisationId,
                            Phase phase, LocalDate referredOn, LocalDate startedOn, LocalDate phaseSince,
                            Long coachId) {
        this(identity, profile, referringOrganisationId, phase, referredOn, startedOn, phaseSince, coachId, null);
    }
}
