package nl.waakvlam.coach;

import java.time.LocalDate;

/** The project leader registered a coach's absence, with or without a colleague who covers. */
public record AbsenceRegistered(Long absenceId, Long coachId, Long coverCoachId, LocalDate startsOn,
                                LocalDate endsOn) {
}
