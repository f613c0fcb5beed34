package nl.waakvlam.client;

import java.time.LocalDate;

/** A trajectory ended; the referrer is told the end date and who the client can turn to afterwards. */
public record ClientEnded(Long clientId, Long referrerId, LocalDate endedOn, String turnTo) {
}
