package nl.waakvlam.client;

import nl.waakvlam.security.UserSummary;

import java.time.Instant;
import java.util.List;

/** A client brought in by {@link ClientAdmissions#importClient}: its id and the phase steps written. */
public record ImportedHistory(Long clientId, UserSummary referrer, Instant referredAt, List<Step> steps) {

    /** One written phase step and when it happened. */
    public record Step(Phase to, Instant at) {
    }
}
