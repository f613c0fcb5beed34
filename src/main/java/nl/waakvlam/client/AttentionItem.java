package nl.waakvlam.client;

import nl.waakvlam.shared.Dates;
import org.springframework.context.i18n.LocaleContextHolder;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Something on the coach's today list. {@code urgency} orders the list (higher first);
 * {@code messageKey} and {@code detail} describe it; {@code link} is where to act.
 */
public record AttentionItem(Long clientId, String clientName, int urgency, String messageKey, Object[] arguments,
                            String detail, LocalDate due, String link) {

    /**
     * What to do about it, as a message key for the button: log a contact for a flame, write the
     * feedback, record the measurement, look at the follow-up.
     */
    public String actionKey() {
        if (messageKey.startsWith("attention.flame")) {
            return "caseload.logContact";
        }
        if (messageKey.startsWith("attention.feedback")) {
            return "caseload.action.feedback";
        }
        if (messageKey.startsWith("attention.handover")) {
            return "caseload.action.handover";
        }
        if (messageKey.startsWith("attention.measurement")) {
            return "caseload.action.measurement";
        }
        if (messageKey.startsWith("attention.questionnaire")) {
            return "caseload.action.questionnaire";
        }
        return "caseload.action.followUp";
    }

    /** Where the button goes: the contact form for a flame (back to the caseload after), else the item's own link. */
    public String actionLink() {
        return messageKey.startsWith("attention.flame") ? "/clients/" + clientId + "/contacts/new?from=caseload" : link;
    }

    /** Message arguments with dates written the one way the application writes them, in the reader's language. */
    public static Object[] arguments(Object... values) {
        return Arrays.stream(values).map(v -> v instanceof LocalDate d ? Dates.date(d, LocaleContextHolder.getLocale()) : v).toArray();
    }
}
