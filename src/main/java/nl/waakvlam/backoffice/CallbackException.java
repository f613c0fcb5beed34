package nl.waakvlam.backoffice;

/** A call-back request that cannot be taken, with the field and the message key to show there. */
class CallbackException extends RuntimeException {

    private final String field;
    private final String messageKey;

    CallbackException(String field, String messageKey) {
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
