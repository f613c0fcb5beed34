package nl.waakvlam.coach;

import java.time.LocalDate;

/** Read model of an absence. */
public record AbsenceDetails(Long id, Long coachId, LocalDate startsOn, LocalDate endsOn, AbsenceReason reason,
                             Long coverCoachId) {

    static AbsenceDetails of(CoachAbsence absence) {
        return new AbsenceDetails(absence.getId(), absence.getCoachId(), absence.getStartsOn(), absence.getEndsOn(),
                absence.getReason(), absence.getCoverCoachId());
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
