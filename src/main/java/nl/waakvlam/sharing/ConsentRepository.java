package nl.waakvlam.sharing;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface ConsentRepository extends JpaRepository<Consent, Long> {

    @Query("select c from Consent c where c.clientId = :clientId and c.recipientUserId = :userId "
            + "and c.withdrawnOn is null")
    List<Consent> activeFor(Long clientId, Long userId);
}
