package nl.waakvlam.contact;

/** A contact rule refused the input; {@code field} is where the message belongs (null: the whole form). */
class ContactException extends RuntimeException {

    private final String field;
    private final String messageKey;

    ContactException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    String field() {
        return field;
    }

    String messageKey() {
        return messageKey;
    }
}
