package nl.waakvlam.client;

import java.time.LocalDate;

/**
 * The columns of a client that the caseload and the client lists show, read as values rather than
 * as entities: a list of 250 clients then costs no persistence-context bookkeeping (no snapshots,
 * no dirty checks before the next query), which was a quarter of the caseload's time.
 */
record ClientCard(Long id, String firstName, String lastName, LocalDate dateOfBirth, Phase phase,
                  LocalDate phaseSince, Long trackId, Integer intakeCategory, Long referringOrganisationId,
                  Long coachId, Long coverCoachId, Long referrerId, Integer rhythmDays, LocalDate startedOn) {

    String fullName() {
        return firstName + " " + lastName;
    }

    /** As {@link Client#coachingSince()}: the start of coaching, or the phase date when that is earlier. */
    LocalDate coachingSince() {
        return startedOn != null && !startedOn.isAfter(phaseSince) ? startedOn : phaseSince;
    }
}
