package nl.waakvlam.retention;

/** An administrator approved or rejected an erasure request; the requester is told after commit. */
public record ErasureDecided(Long requestId, Long clientId, Long requesterId, boolean approved) {
}
