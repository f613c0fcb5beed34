package nl.waakvlam.event;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The event module's repositories, kept together because each is a one-liner. */
final class Repositories {

    private Repositories() {
    }
}

interface ClientEventRepository extends JpaRepository<ClientEvent, Long> {

    List<ClientEvent> findByClientIdOrderByOccurredOnAscIdAsc(Long clientId);

    @Query("select e from ClientEvent e where e.clientId = :clientId and e.type = nl.waakvlam.event.EventType.SCALE_UP "
            + "and e.closedOn is null order by e.occurredOn")
    List<ClientEvent> openScaleUps(Long clientId);

    @Query(value = "select * from client_event where client_id = :clientId "
            + "and (occurred_on + time '12:00') at time zone 'Europe/Amsterdam' < :before "
            + "and (cast(:domainId as bigint) is null or cast(:domainId as bigint) = any(life_domain_ids)) "
            + "order by occurred_on desc, id desc limit :limit", nativeQuery = true)
    List<ClientEvent> timeline(Long clientId, java.time.Instant before, Long domainId, int limit);

    @Query("select e from ClientEvent e where e.clientId in :clientIds and e.followUpOn is not null "
            + "and e.followUpOn <= :until and e.followUpDoneAt is null order by e.followUpOn")
    List<ClientEvent> openFollowUps(Collection<Long> clientIds, LocalDate until);
}

interface WarningSignRepository extends JpaRepository<WarningSign, Long> {

    List<WarningSign> findByClientIdAndActiveTrueOrderById(Long clientId);
}

interface PlanActionRepository extends JpaRepository<PlanAction, Long> {

    List<PlanAction> findByClientIdOrderByStatusAscDueOnAscIdAsc(Long clientId);
}

interface MandateAdviceRepository extends JpaRepository<MandateAdvice, Long> {

    List<MandateAdvice> findByClientIdOrderBySentOnDescIdDesc(Long clientId);
}
