package nl.waakvlam.sharing;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

interface FeedbackAgreementRepository extends JpaRepository<FeedbackAgreement, Long> {

    List<FeedbackAgreement> findByClientIdOrderById(Long clientId);

    Optional<FeedbackAgreement> findByClientIdAndReferrerId(Long clientId, Long referrerId);

    /** Clients with feedback overdue today (as the dashboard counts them), for the client list. */
    @Query("select distinct a.clientId from FeedbackAgreement a where a.nextDue < :today")
    List<Long> clientsOverdue(LocalDate today);

    /** Agreements on time vs overdue per referrer organisation, for the project leader; one query. */
    @Query(value = "select u.organisation_id as organisationId, "
            + "count(*) filter (where a.next_due is not null and a.next_due >= :today) as onTime, "
            + "count(*) filter (where a.next_due < :today) as overdue, "
            + "count(*) filter (where a.next_due is null) as withoutRhythm "
            + "from feedback_agreement a join v_user u on u.id = a.referrer_id "
            + "join v_client_programme c on c.id = a.client_id where c.phase in ('INTAKE','INTENSIVE','SCALING_DOWN','WAAKVLAM') "
            + "group by u.organisation_id", nativeQuery = true)
    List<OrganisationAgreementRow> perOrganisation(LocalDate today);

    interface OrganisationAgreementRow {
        Long getOrganisationId();

        long getOnTime();

        long getOverdue();

        long getWithoutRhythm();
    }
}
