package nl.waakvlam.client;

/**
 * A lifecycle rule refused the action. Carries a message key (and arguments) so the page can
 * explain it in the user's language.
 */
public class LifecycleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public LifecycleException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
