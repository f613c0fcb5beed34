package nl.waakvlam.sharing;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Repositories of the sharing module. */
final class SharingRepositories {

    private SharingRepositories() {
    }
}

interface FeedbackAgreementRepository extends JpaRepository<FeedbackAgreement, Long> {

    List<FeedbackAgreement> findByClientIdOrderById(Long clientId);

    Optional<FeedbackAgreement> findByClientIdAndReferrerId(Long clientId, Long referrerId);

    @Query("select a from FeedbackAgreement a where a.clientId in :clientIds and a.nextDue is not null "
            + "and a.nextDue <= :until order by a.nextDue")
    List<FeedbackAgreement> dueFor(Collection<Long> clientIds, LocalDate until);

    /** Agreements on time vs overdue per referrer organisation, for the project leader; one query. */
    @Query(value = "select u.organisation_id as organisationId, "
            + "count(*) filter (where a.next_due is not null and a.next_due >= :today) as onTime, "
            + "count(*) filter (where a.next_due < :today) as overdue, "
            + "count(*) filter (where a.next_due is null) as withoutRhythm "
            + "from feedback_agreement a join user_account u on u.id = a.referrer_id "
            + "join client c on c.id = a.client_id where c.phase in ('INTAKE','INTENSIVE','SCALING_DOWN','WAAKVLAM') "
            + "group by u.organisation_id", nativeQuery = true)
    List<OrganisationAgreementRow> perOrganisation(LocalDate today);

    interface OrganisationAgreementRow {
        Long getOrganisationId();

        long getOnTime();

        long getOverdue();

        long getWithoutRhythm();
    }
}

interface ConsentRepository extends JpaRepository<Consent, Long> {

    List<Consent> findByClientIdOrderByGivenOnDescIdDesc(Long clientId);

    @Query("select c from Consent c where c.clientId = :clientId and c.recipientUserId = :userId "
            + "and c.withdrawnOn is null")
    List<Consent> activeFor(Long clientId, Long userId);
}

interface ReferrerNoteRepository extends JpaRepository<ReferrerNote, Long> {

    @Query("select n from ReferrerNote n where n.clientId = :clientId and n.createdAt < :before "
            + "order by n.createdAt desc, n.id desc limit :limit")
    List<ReferrerNote> timeline(Long clientId, Instant before, int limit);
}

interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    List<ProgressReport> findByClientIdOrderByPeriodToDescIdDesc(Long clientId);

    Optional<ProgressReport> findFirstByClientIdAndStatusNotOrderByPeriodToDesc(Long clientId, ReportStatus status);
}

interface ReportReadRepository extends JpaRepository<ReportRead, ReportRead.Key> {

    List<ReportRead> findByReportIdIn(Collection<Long> reportIds);

    @Modifying
    @Query(value = "insert into report_read (report_id, user_id, read_at) values (:reportId, :userId, :at) "
            + "on conflict do nothing", nativeQuery = true)
    void markRead(Long reportId, Long userId, Instant at);
}

interface DueAgreementQueries extends org.springframework.data.repository.Repository<FeedbackAgreement, Long> {

    /** Agreements due on or before {@code until} with the client's current coach, for reminders. */
    @Query(value = "select a.client_id as clientId, c.coach_id as coachId from feedback_agreement a "
            + "join client c on c.id = a.client_id where a.next_due <= :until and c.coach_id is not null "
            + "and c.phase in ('INTAKE','INTENSIVE','SCALING_DOWN','WAAKVLAM')", nativeQuery = true)
    List<DueRow> due(LocalDate until);

    interface DueRow {
        Long getClientId();

        Long getCoachId();
    }
}
