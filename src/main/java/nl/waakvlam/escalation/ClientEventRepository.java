package nl.waakvlam.escalation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

interface ClientEventRepository extends JpaRepository<ClientEvent, Long> {

    List<ClientEvent> findByClientIdOrderByOccurredOnAscIdAsc(Long clientId);

    @Query("select e from ClientEvent e where e.clientId = :clientId and e.type = nl.waakvlam.escalation.EventType.SCALE_UP "
            + "and e.closedOn is null order by e.occurredOn")
    List<ClientEvent> openScaleUps(Long clientId);

    @Query("select distinct e.clientId from ClientEvent e where e.type = nl.waakvlam.escalation.EventType.SCALE_UP "
            + "and e.closedOn is null")
    List<Long> clientsWithOpenScaleUp();

    /** Open follow-ups due by {@code until}, as values (the caseload reads them on every visit). */
    @Query("select new nl.waakvlam.escalation.ClientEventRepository$OpenFollowUp(e.id, e.clientId, e.followUpOn, "
            + "e.whatHappened) from ClientEvent e where e.clientId in :clientIds and e.followUpOn is not null "
            + "and e.followUpOn <= :until and e.followUpDoneAt is null order by e.followUpOn")
    List<OpenFollowUp> openFollowUps(Collection<Long> clientIds, LocalDate until);

    record OpenFollowUp(Long id, Long clientId, LocalDate due, String whatHappened) {
    }
}
