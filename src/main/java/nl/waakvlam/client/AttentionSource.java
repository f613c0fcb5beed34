package nl.waakvlam.client;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A module that puts things on the coach's today list (follow-ups due, later: events, feedback,
 * measurements). Gets the coach's visible active clients (id → name) and answers in a fixed
 * number of queries.
 */
public interface AttentionSource {

    List<AttentionItem> attention(Map<Long, String> clients, LocalDate today);
}
