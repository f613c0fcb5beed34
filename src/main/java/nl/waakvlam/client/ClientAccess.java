package nl.waakvlam.client;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** How much of a client file a user may see. */
public enum ClientAccess {
    /** Primary coach: the full record. */
    FULL,
    /** Coach standing in for an absent colleague: the full record, marked as cover. */
    COVER,
    /** Project leader: all metadata, never working notes. */
    METADATA,
    /** Referrer of this client: status, coach, what they referred; never working notes. */
    REFERRER;

    /** The levels at which a user works as the client's coach (own client or covering). */
    public static final Set<ClientAccess> COACHES = Collections.unmodifiableSet(
            EnumSet.of(FULL, COVER));
}
