package nl.waakvlam.client;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface ClientRepository extends JpaRepository<Client, Long> {

    String LIST_ITEM = "select new nl.waakvlam.client.ClientListItem(c.id, c.firstName, c.lastName, c.dateOfBirth, "
            + "c.phase, c.phaseSince, t.nameNl, t.nameEn, c.referringOrganisationId) "
            + "from Client c join Track t on t.id = c.trackId ";

    @Query(value = LIST_ITEM + "where c.coachId = :coachId order by c.lastName, c.firstName",
            countQuery = "select count(c) from Client c where c.coachId = :coachId")
    Page<ClientListItem> caseloadOf(Long coachId, Pageable pageable);

    @Query(value = LIST_ITEM + "where c.referrerId = :referrerId order by c.createdAt desc, c.id desc",
            countQuery = "select count(c) from Client c where c.referrerId = :referrerId")
    Page<ClientListItem> referredBy(Long referrerId, Pageable pageable);

    @Query("select c.phase as phase, count(c) as clients from Client c group by c.phase")
    List<PhaseCountRow> countByPhase();

    boolean existsByFirstNameAndLastNameAndDateOfBirth(String firstName, String lastName,
                                                       java.time.LocalDate dateOfBirth);

    interface PhaseCountRow {
        Phase getPhase();

        long getClients();
    }
}
