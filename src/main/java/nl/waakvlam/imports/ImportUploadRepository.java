package nl.waakvlam.imports;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Optional;

interface ImportUploadRepository extends JpaRepository<ImportUpload, Long> {

    /** The upload, locked until the end of the transaction: a double-clicked commit imports once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from ImportUpload u where u.id = :id")
    Optional<ImportUpload> lockById(Long id);

    /** Forgets uploads older than {@code before} (their files go with them: on delete cascade). */
    @Modifying
    @Query("delete from ImportUpload u where u.createdAt < :before")
    int deleteCreatedBefore(Instant before);
}
