package nl.waakvlam.imports;

/** An uploaded file that cannot be read as a workbook or CSV file; the message key says why, in Dutch. */
class UnreadableFileException extends RuntimeException {

    private final String messageKey;

    UnreadableFileException(String messageKey, Throwable cause) {
        super(messageKey, cause);
        this.messageKey = messageKey;
    }

    UnreadableFileException(String messageKey) {
        this(messageKey, null);
    }

    String messageKey() {
        return messageKey;
    }
}
