package nl.waakvlam.client;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

interface ClientRepository extends JpaRepository<Client, Long>, JpaSpecificationExecutor<Client> {

    @Query("select c.phase as phase, count(c) as clients from Client c group by c.phase")
    List<PhaseCountRow> countByPhase();

    /** Names of the clients born on one of these days, for the import's duplicate check. */
    @Query("select c.id as id, c.firstName as firstName, c.lastName as lastName, c.dateOfBirth as dateOfBirth, "
            + "c.coachId as coachId, c.phase as phase from Client c "
            + "where c.dateOfBirth in :dates and c.anonymisedAt is null")
    List<NameRow> namesBornOn(Collection<LocalDate> dates);

    interface NameRow {
        Long getId();

        Long getCoachId();

        Phase getPhase();

        String getFirstName();

        String getLastName();

        LocalDate getDateOfBirth();
    }


    interface PhaseCountRow {
        Phase getPhase();

        long getClients();
    }

    interface CoachCountRow {
        Long getCoachId();

        long getClients();
    }
}
