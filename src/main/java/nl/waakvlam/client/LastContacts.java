package nl.waakvlam.client;

import java.time.Instant;

/** The last reached contact and the last contact of any outcome (attempts included). */
public record LastContacts(Instant lastReached, Instant lastAny) {
}
