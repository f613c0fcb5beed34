package nl.waakvlam.sharing;

/** Published when a coach releases a progress report to a referrer with consent; the inbox item follows after commit. */
public record ReportReleased(Long reportId, Long clientId, Long referrerId) {
}
