package nl.waakvlam.retention;

/** An erasure step that is not allowed; the message is a message key for the page. */
class ErasureException extends RuntimeException {

    ErasureException(String messageKey) {
        super(messageKey);
    }

    String messageKey() {
        return getMessage();
    }
}
