package nl.waakvlam.coach;

import java.time.LocalDate;

/** Command to record a coach's absence. */
public record NewAbsence(Long coachId, LocalDate startsOn, LocalDate endsOn, AbsenceReason reason,
                         Long coverCoachId) {
}
