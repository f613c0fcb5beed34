package nl.waakvlam.sharing;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    List<ProgressReport> findByClientIdOrderByPeriodToDescIdDesc(Long clientId);

    Optional<ProgressReport> findFirstByClientIdAndStatusNotOrderByPeriodToDesc(Long clientId, ReportStatus status);
}
