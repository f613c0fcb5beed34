package nl.waakvlam.evaluation;

/** Input the evaluation refuses: {@code field} (or null for the form) and the message key to show. */
class EvaluationException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    EvaluationException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    String field() {
        return field;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments;
    }
}
