package nl.waakvlam.shared;

import java.util.Locale;

/**
 * Something a page offers in a select list: the value the form sends and the label the user reads.
 * Enums need not implement it; their labels come from the messages ({@code wv:options} in the templates).
 */
public interface Choice {

    String choiceValue();

    String choiceLabel(Locale locale);
}
