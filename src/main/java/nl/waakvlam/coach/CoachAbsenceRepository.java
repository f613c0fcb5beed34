package nl.waakvlam.coach;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;

interface CoachAbsenceRepository extends JpaRepository<CoachAbsence, Long> {

    /** Absences that have not ended before {@code from} and start before {@code until}. */
    @Query("select a from CoachAbsence a where a.endsOn >= :from and a.startsOn <= :until order by a.startsOn")
    List<CoachAbsence> overlapping(LocalDate from, LocalDate until);

    /** Absences that have not ended before {@code from}, in start order. */
    @Query("select a from CoachAbsence a where a.endsOn >= :from order by a.startsOn, a.id")
    List<CoachAbsence> notEndedBefore(LocalDate from);
}
