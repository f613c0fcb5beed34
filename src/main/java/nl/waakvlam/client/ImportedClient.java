package nl.waakvlam.client;

import java.time.LocalDate;

/**
 * A client brought in with its history already lived (demo data, imports from the Excel sheet
 * coaches keep today). The lifecycle path to {@code phase} is written as history between
 * {@code referredOn} and {@code phaseSince}.
 */
public record ImportedClient(ClientIdentity identity, ClientProfile profile, Long referrerId, Long recordedBy,
                             Phase phase, LocalDate referredOn, LocalDate phaseSince, Long coachId, Long coverCoachId,
                             String declineReason, EndReason endReason, String aftercareNote) {
}
