package nl.waakvlam.client;

import java.time.LocalDate;

/**
 * A client brought in with its history already lived (demo data, imports from the Excel sheet
 * coaches keep today). The lifecycle path to {@code phase} is written as history between
 * {@code referredOn} and {@code phaseSince}. {@code declineReason} is free text (imports carry no
 * code); {@code endReason} is the code of an end reason.
 */
public record ImportedClient(ClientIdentity identity, ClientProfile profile, Long referrerId, Long recordedBy,
                             Phase phase, LocalDate referredOn, LocalDate phaseSince, Long coachId, Long coverCoachId,
                             String declineReason, String endReason, String aftercareNote) {
}
