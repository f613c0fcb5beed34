package nl.waakvlam.sharing;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.time.LocalDate;
import java.util.List;

interface DueAgreementQueries extends Repository<FeedbackAgreement, Long> {

    /** Agreements due on or before {@code until} with the client's current coach, for reminders. */
    @Query(value = "select a.client_id as clientId, c.coach_id as coachId from feedback_agreement a "
            + "join v_client_programme c on c.id = a.client_id where a.next_due <= :until and c.coach_id is not null "
            + "and c.phase in ('INTAKE','INTENSIVE','SCALING_DOWN','WAAKVLAM')", nativeQuery = true)
    List<DueRow> due(LocalDate until);

    interface DueRow {
        Long getClientId();

        Long getCoachId();
    }
}
