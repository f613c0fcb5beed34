package nl.waakvlam.client;

import java.time.LocalDateTime;

/**
 * The warm handover visit was planned, moved or ({@code at} null) called off; published in the same
 * transaction, so the coach who handed over hears of it only once it is committed.
 */
public record WarmVisitPlanned(Long clientId, Long coachId, Long previousCoachId, LocalDateTime at, String place) {
}
