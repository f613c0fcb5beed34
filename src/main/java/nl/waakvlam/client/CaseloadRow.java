package nl.waakvlam.client;

import java.time.LocalDate;

/** A caseload row with its contact rhythm: last reached contact, days since, next due, flame. */
public record CaseloadRow(ClientRow client, Integer rhythmDays, LocalDate lastReached, LocalDate lastAny,
                          Long daysSinceReached, LocalDate nextDue, Flame flame) {
}
