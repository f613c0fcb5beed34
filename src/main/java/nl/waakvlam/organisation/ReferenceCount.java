package nl.waakvlam.organisation;

/**
 * How many records of one kind name an organisation. {@code kind} is the message key of the label
 * ("clients referred by it", "accounts", …); only counts, never what the records say.
 */
public record ReferenceCount(String kind, long count) {
}
