package nl.waakvlam.client;

import java.time.LocalDate;

/**
 * Something on the coach's today list. {@code urgency} orders the list (higher first);
 * {@code messageKey} and {@code detail} describe it; {@code link} is where to act.
 */
public record AttentionItem(Long clientId, String clientName, int urgency, String messageKey, Object[] arguments,
                            String detail, LocalDate due, String link) {

    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy");

    /** Message arguments with dates written the Dutch way (d-M-yyyy), understood in both languages. */
    public static Object[] arguments(Object... values) {
        return java.util.Arrays.stream(values).map(v -> v instanceof LocalDate d ? DATE.format(d) : v).toArray();
    }
}
