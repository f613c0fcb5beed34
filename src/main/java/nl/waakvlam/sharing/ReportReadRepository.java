package nl.waakvlam.sharing;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

interface ReportReadRepository extends JpaRepository<ReportRead, ReportRead.Key> {

    List<ReportRead> findByReportIdIn(Collection<Long> reportIds);

    @Modifying
    @Query(value = "insert into report_read (report_id, user_id, read_at) values (:reportId, :userId, :at) "
            + "on conflict do nothing", nativeQuery = true)
    void markRead(Long reportId, Long userId, Instant at);
}
