package nl.waakvlam.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A progress report as a page or PDF shows it. Never contains working notes. */
public record ReportView(Long id, Long clientId, String clientName, String coachName, LocalDate periodFrom,
                         LocalDate periodTo, String body, ReportStatus status, LocalDate discussedOn,
                         Instant releasedAt, int versionNo, Long previousId, boolean canEdit, boolean canCorrect,
                         List<String> readBy, long version) {

    public boolean draft() {
        return status == ReportStatus.DRAFT;
    }
}
