package nl.waakvlam.client;

import java.time.LocalDate;

/**
 * A trajectory ended; the referrer is told the end date and that the programme stays reachable. What
 * the aftercare says is not sent: the file keeps it from referrers.
 */
public record ClientEnded(Long clientId, Long referrerId, LocalDate endedOn) {
}
