package nl.waakvlam.reference;

/** A reference-list change was refused; carries the form field and the message key that explain why. */
public class ReferenceListException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public ReferenceListException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
