package nl.waakvlam.shared;

import java.util.Locale;

/**
 * Something a page offers in a select list: the value the form sends and the label the user reads.
 * Enums need not implement it; their labels come from the messages ({@code fragments/forms :: enumOptions} in the templates).
 */
public interface Choice {

    String choiceValue();

    String choiceLabel(Locale locale);

    /**
     * The value of any choice, for the templates' option fragment: SpEL compiles {@code item.choiceValue()}
     * against the first concrete class it meets, and one fragment lists choices of several classes.
     */
    static String valueOf(Choice choice) {
        return choice.choiceValue();
    }

    /** The label of any choice in the page's language (see {@link #valueOf}). */
    static String labelOf(Choice choice, Locale locale) {
        return choice.choiceLabel(locale);
    }
}
