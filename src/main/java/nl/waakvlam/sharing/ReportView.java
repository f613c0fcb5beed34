package nl.waakvlam.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A progress report as a page or PDF shows it. Never contains working notes. */
public record ReportView(Long id, Long clientId, String clientName, String coachName, LocalDate periodFrom,
                         LocalDate periodTo, String body, ReportStatus status, LocalDate discussedOn,
                         Instant releasedAt, int versionNo, Long previousId, boolean canEdit, boolean canCorrect,
                         List<String> readBy, long version, List<String> leftOutByConsent) {

    /**
     * For the coach's draft: what the pre-filled text left out because the client's consent for the
     * referrer does not cover it ("events", "goals"; goals include measurements), or, when no
     * referrer has a consent for it at all, "all". Empty when nothing was left out.
     */
    public ReportView {
        leftOutByConsent = leftOutByConsent == null ? List.of() : List.copyOf(leftOutByConsent);
    }

    public boolean draft() {
        return status == ReportStatus.DRAFT;
    }
}
