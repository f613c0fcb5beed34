package nl.waakvlam.coach;

/** How much a client in a coached phase weighs in a coach's caseload (phase by its name). */
public record PhaseWeight(String phase, int weight) {
}
