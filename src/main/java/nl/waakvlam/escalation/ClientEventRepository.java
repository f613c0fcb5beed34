package nl.waakvlam.escalation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
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

    @Query(value = "select * from client_event where client_id = :clientId "
            + "and (occurred_on + time '12:00') at time zone 'Europe/Amsterdam' < :before "
            + "and (cast(:domainId as bigint) is null or cast(:domainId as bigint) = any(life_domain_ids)) "
            + "order by occurred_on desc, id desc limit :limit", nativeQuery = true)
    List<ClientEvent> timeline(Long clientId, Instant before, Long domainId, int limit);

    /** Open follow-ups due by {@code until}, as values (the caseload reads them on every visit). */
    @Query("select new nl.waakvlam.escalation.ClientEventRepository$OpenFollowUp(e.id, e.clientId, e.followUpOn, "
            + "e.whatHappened) from ClientEvent e where e.clientId in :clientIds and e.followUpOn is not null "
            + "and e.followUpOn <= :until and e.followUpDoneAt is null order by e.followUpOn")
    List<OpenFollowUp> openFollowUps(Collection<Long> clientIds, LocalDate until);

    record OpenFollowUp(Long id, Long clientId, LocalDate due, String whatHappened) {
    }
}
