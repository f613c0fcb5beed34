package nl.waakvlam.client;

/** How much of a client file a user may see. */
public enum ClientAccess {
    /** Primary coach: the full record. */
    FULL,
    /** Coach standing in for an absent colleague: the full record, marked as cover. */
    COVER,
    /** Project leader: all metadata, never working notes. */
    METADATA,
    /** Referrer of this client: status, coach, what they referred; never working notes. */
    REFERRER
}
