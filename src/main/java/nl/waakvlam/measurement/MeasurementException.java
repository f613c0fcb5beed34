package nl.waakvlam.measurement;

/** A measurement that cannot be recorded as entered; {@code field} is null for the form as a whole. */
class MeasurementException extends RuntimeException {

    private final String field;
    private final String messageKey;

    MeasurementException(String field, String messageKey) {
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
