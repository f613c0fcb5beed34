package nl.waakvlam.imports;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ImportRunRepository extends JpaRepository<ImportRun, Long> {

    List<ImportRun> findTop10ByOrderByCommittedAtDesc();
}
