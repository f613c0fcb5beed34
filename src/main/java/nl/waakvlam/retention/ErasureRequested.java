package nl.waakvlam.retention;

/** A project leader asked for a client's file to be erased; every other administrator is told after commit. */
public record ErasureRequested(Long requestId, Long clientId, Long requesterId) {
}
