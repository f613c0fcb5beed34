package nl.waakvlam.sharing;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;

interface ReferrerNoteRepository extends JpaRepository<ReferrerNote, Long> {

    @Query("select n from ReferrerNote n where n.clientId = :clientId and n.createdAt < :before "
            + "order by n.createdAt desc, n.id desc limit :limit")
    List<ReferrerNote> timeline(Long clientId, Instant before, int limit);
}
