package nl.waakvlam.client;

import java.time.LocalDate;

/** One step of a client's phase history, oldest first, for charts. */
public record PhaseStep(Phase from, Phase to, LocalDate on) {
}
