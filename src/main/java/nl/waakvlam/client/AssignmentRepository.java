package nl.waakvlam.client;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    Optional<Assignment> findFirstByClientIdAndRoleAndEndedOnIsNull(Long clientId, AssignmentRole role);

    /** How many clients of a track each coach has been primary coach for (current and past). */
    @Query("select a.coachId as coachId, count(distinct a.clientId) as clients from Assignment a, Client c "
            + "where c.id = a.clientId and a.role = nl.waakvlam.client.AssignmentRole.PRIMARY "
            + "and c.trackId = :trackId group by a.coachId")
    List<ClientRepository.CoachCountRow> experienceWithTrack(Long trackId);
}
