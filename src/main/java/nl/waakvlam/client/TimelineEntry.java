package nl.waakvlam.client;

import java.time.Instant;

/**
 * One item on a client's timeline. {@code fragment} names the Thymeleaf fragment that renders
 * {@code item} (for example {@code contact/timeline :: entry}).
 */
public record TimelineEntry(Instant at, Long sequence, String fragment, Object item) {
}
