package nl.waakvlam.escalation;

/**
 * Published in the recording transaction when a coach records a significant event (scale-ups
 * always are). Listeners run after commit; ids only, so the stored publication holds no content.
 */
public record SignificantEventRecorded(Long clientId, Long eventId) {
}
