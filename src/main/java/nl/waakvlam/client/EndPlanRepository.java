package nl.waakvlam.client;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.List;

interface EndPlanRepository extends JpaRepository<EndPlan, Long> {

    /** A check-in that is due: the client, the months after the end, and the day it fell due. */
    interface DueCheckIn {
        Long getClientId();

        String getName();

        Integer getMonths();

        LocalDate getDueOn();
    }

    /** The planned check-ins on this coach's ended clients that are due today or earlier and not done. */
    @Query(value = """
            select c.id as clientId, c.first_name || ' ' || c.last_name as name, m.months as months,
                   (c.ended_on + make_interval(months => m.months))::date as dueOn
            from end_plan p join client c on c.id = p.client_id
            cross join lateral (values (3, p.check_in_three_months and p.checked_in_three_at is null),
                                       (6, p.check_in_six_months and p.checked_in_six_at is null)) as m(months, open)
            where c.coach_id = :coach and c.phase = 'ENDED' and c.anonymised_at is null and m.open
              and c.ended_on + make_interval(months => m.months) <= :today
            order by dueOn, c.id""", nativeQuery = true)
    List<DueCheckIn> dueCheckIns(@Param("coach") Long coachId, @Param("today") LocalDate today);
}
