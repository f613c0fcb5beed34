package nl.waakvlam.client;

/** The client's designated cover coach was set, changed or cleared (either may be null). */
public record CoverChanged(Long clientId, Long previousCoverId, Long newCoverId) {
}
