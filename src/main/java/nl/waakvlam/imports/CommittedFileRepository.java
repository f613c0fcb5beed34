package nl.waakvlam.imports;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface CommittedFileRepository extends JpaRepository<CommittedFile, Long> {

    List<CommittedFile> findBySha256In(Collection<String> sha256);

    List<CommittedFile> findByRunIdIn(Collection<Long> runIds);
}
