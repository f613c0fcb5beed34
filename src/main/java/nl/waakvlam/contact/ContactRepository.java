package nl.waakvlam.contact;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

interface ContactRepository extends JpaRepository<ContactMoment, Long> {

    @Query("select c from ContactMoment c where c.deletedAt is null and c.followUpDue is not null "
            + "and c.followUpDue <= :until and c.followUpDoneAt is null")
    List<ContactMoment> allOpenFollowUps(LocalDate until);

    @Query("select c from ContactMoment c where c.clientId = :clientId and c.deletedAt is null "
            + "and c.sharedNote is not null and c.occurredAt >= :from and c.occurredAt < :until order by c.occurredAt")
    List<ContactMoment> sharedNotes(Long clientId, Instant from, Instant until);

    /** A coach's own week, aggregated in SQL. */
    @Query(value = "select count(*) filter (where outcome = 'REACHED') as reached, "
            + "count(*) filter (where outcome <> 'REACHED') as attempts, "
            + "coalesce(sum(duration_minutes) filter (where time_kind = 'DIRECT'), 0) as directMinutes, "
            + "coalesce(sum(duration_minutes) filter (where time_kind = 'INDIRECT'), 0) as indirectMinutes, "
            + "count(distinct client_id) filter (where outcome = 'REACHED') as clientsReached "
            + "from contact_moment where coach_id = :coachId and deleted_at is null "
            + "and occurred_at >= :from and occurred_at < :until", nativeQuery = true)
    WeekTotalsRow weekTotals(Long coachId, Instant from, Instant until);

    @Query(value = "select d.domain_id as domainId, count(*) as contacts from contact_moment c "
            + "cross join lateral unnest(c.life_domain_ids) as d(domain_id) "
            + "where c.coach_id = :coachId and c.deleted_at is null and c.occurred_at >= :from "
            + "and c.occurred_at < :until group by d.domain_id order by count(*) desc", nativeQuery = true)
    List<DomainCountRow> weekDomains(Long coachId, Instant from, Instant until);

    @Query(value = "select type as type, count(*) as contacts from contact_moment where coach_id = :coachId "
            + "and deleted_at is null and occurred_at >= :from and occurred_at < :until group by type "
            + "order by count(*) desc", nativeQuery = true)
    List<TypeCountRow> weekTypes(Long coachId, Instant from, Instant until);

    /** One client's live contacts in a period: reached, and not reached (no answer, not home, cancelled). */
    @Query(value = "select count(*) filter (where outcome = 'REACHED') as reached, "
            + "count(*) filter (where outcome <> 'REACHED') as notReached "
            + "from contact_moment where client_id = :clientId and deleted_at is null "
            + "and occurred_at >= :from and occurred_at < :until", nativeQuery = true)
    PeriodTotalsRow periodTotals(Long clientId, Instant from, Instant until);

    /** The life domains of one client's reached contacts in a period, most frequent first. */
    @Query(value = "select d.domain_id as domainId, count(*) as contacts from contact_moment c "
            + "cross join lateral unnest(c.life_domain_ids) as d(domain_id) "
            + "where c.client_id = :clientId and c.deleted_at is null and c.outcome = 'REACHED' "
            + "and c.occurred_at >= :from and c.occurred_at < :until group by d.domain_id "
            + "order by count(*) desc, d.domain_id", nativeQuery = true)
    List<DomainCountRow> periodDomains(Long clientId, Instant from, Instant until);

    interface WeekTotalsRow {
        long getReached();

        long getAttempts();

        long getDirectMinutes();

        long getIndirectMinutes();

        long getClientsReached();
    }

    interface PeriodTotalsRow {
        long getReached();

        long getNotReached();
    }

    interface DomainCountRow {
        Long getDomainId();

        long getContacts();
    }

    interface TypeCountRow {
        String getType();

        long getContacts();
    }
}
