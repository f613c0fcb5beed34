package nl.waakvlam.retention;

/** Where an erasure request stands. */
public enum ErasureStatus {
    REQUESTED, APPROVED, REJECTED
}
