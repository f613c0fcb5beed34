package nl.waakvlam.client;

import java.time.LocalDate;

/**
 * A client whose file is due for anonymisation under a retention rule: no content, only the
 * reference, why and since when.
 *
 * @param since the end date of coaching, or the day the referral was declined
 */
public record RetentionCandidate(Long clientId, Reason reason, LocalDate since) {

    public enum Reason {
        /** Coaching ended and the period after the end date passed. */
        ENDED,
        /** The referral was declined and the period after the decision passed. */
        DECLINED
    }
}
