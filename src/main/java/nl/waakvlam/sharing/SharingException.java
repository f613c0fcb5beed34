package nl.waakvlam.sharing;

/** A sharing rule refused the input; {@code field} is where the message belongs (null: the form). */
class SharingException extends RuntimeException {

    private final String field;
    private final String messageKey;

    SharingException(String field, String messageKey) {
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
