package nl.waakvlam.client;

/** Number of clients in one phase. */
public record PhaseCount(Phase phase, long clients) {
}
