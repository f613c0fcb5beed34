package nl.waakvlam.client;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    Optional<Assignment> findFirstByClientIdAndRoleAndEndedOnIsNull(Long clientId, AssignmentRole role);

    List<Assignment> findByClientIdInAndRoleAndEndedOnIsNull(Collection<Long> clientIds, AssignmentRole role);

    /** A handover its coach has not read yet: the client, its name and the day of the change. */
    interface UnreadHandover {
        Long getClientId();

        String getName();

        LocalDate getOn();
    }

    /** This coach's own clients whose handover summary they have not read (partial index on unread ones). */
    @Query(value = """
            select c.id as clientId, c.first_name || ' ' || c.last_name as name, a.started_on as "on"
            from assignment a join client c on c.id = a.client_id and c.coach_id = a.coach_id
            where a.coach_id = :coach and a.previous_coach_id is not null and a.handover_read_at is null
              and a.ended_on is null and a.role = 'PRIMARY' and c.anonymised_at is null
            order by a.started_on, c.id""", nativeQuery = true)
    List<UnreadHandover> unreadHandoversOf(@Param("coach") Long coachId);

    @Query(value = """
            select count(*) from assignment a join client c on c.id = a.client_id and c.coach_id = a.coach_id
            where a.previous_coach_id is not null and a.handover_read_at is null and a.ended_on is null
              and a.role = 'PRIMARY' and c.anonymised_at is null""", nativeQuery = true)
    long countUnreadHandovers();

    /** How many clients of a track each coach has been primary coach for (current and past). */
    @Query("select a.coachId as coachId, count(distinct a.clientId) as clients from Assignment a, Client c "
            + "where c.id = a.clientId and a.role = nl.waakvlam.client.AssignmentRole.PRIMARY "
            + "and c.trackId = :trackId group by a.coachId")
    List<ClientRepository.CoachCountRow> experienceWithTrack(Long trackId);
}
