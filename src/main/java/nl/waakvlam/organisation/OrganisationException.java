package nl.waakvlam.organisation;

/**
 * A change to the sociale kaart that is refused, with the message key to show next to
 * {@code field} (or above the form when {@code field} is null). Nothing has been saved.
 */
public class OrganisationException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public OrganisationException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
