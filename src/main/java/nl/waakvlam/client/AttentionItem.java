package nl.waakvlam.client;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * Something on the coach's today list. {@code urgency} orders the list (higher first);
 * {@code messageKey} and {@code detail} describe it; {@code link} is where to act.
 */
public record AttentionItem(Long clientId, String clientName, int urgency, String messageKey, Object[] arguments,
                            String detail, LocalDate due, String link) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

    /** Message arguments with dates written the Dutch way (d-M-yyyy), understood in both languages. */
    public static Object[] arguments(Object... values) {
        return Arrays.stream(values).map(v -> v instanceof LocalDate d ? DATE.format(d) : v).toArray();
    }
}
