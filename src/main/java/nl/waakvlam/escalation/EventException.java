package nl.waakvlam.escalation;

/** An event rule refused the input; {@code field} is where the message belongs (null: the form). */
public class EventException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public EventException(String field, String messageKey, Object... arguments) {
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
        return arguments;
    }
}
