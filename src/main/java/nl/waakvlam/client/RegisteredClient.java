package nl.waakvlam.client;

import java.time.LocalDate;

/**
 * A client from the programme's own registration (the Excel caseload a programme kept before
 * Waakvlam), brought in by the import. There is no referrer account behind it, only the referring
 * organisation. The lifecycle path to {@code phase} is written as history: referred on
 * {@code referredOn}, coaching from {@code startedOn}, in the current phase since {@code phaseSince}.
 */
public record RegisteredClient(ClientIdentity identity, ClientProfile profile, Long referringOrganisationId,
                               Phase phase, LocalDate referredOn, LocalDate startedOn, LocalDate phaseSince,
                               Long coachId) {
}
