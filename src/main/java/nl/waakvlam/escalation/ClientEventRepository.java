package nl.waakvlam.escalation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface ClientEventRepository extends JpaRepository<ClientEvent, Long> {

    List<ClientEvent> findByClientIdOrderByOccurredOnAscIdAsc(Long clientId);

    @Query("select e from ClientEvent e where e.clientId = :clientId and e.type = nl.waakvlam.escalation.EventType.SCALE_UP "
            + "and e.closedOn is null order by e.occurredOn")
    List<ClientEvent> openScaleUps(Long clientId);

    @Query("select distinct e.clientId from ClientEvent e where e.type = nl.waakvlam.escalation.EventType.SCALE_UP "
            + "and e.closedOn is null")
    List<Long> clientsWithOpenScaleUp();
}
