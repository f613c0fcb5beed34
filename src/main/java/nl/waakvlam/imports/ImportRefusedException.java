package nl.waakvlam.imports;

import java.util.List;

/** An upload or commit the import refuses as a whole (a file imported before, an unreadable file). */
class ImportRefusedException extends RuntimeException {

    private final String messageKey;
    private final List<Object> values;

    ImportRefusedException(String messageKey, Object... values) {
        super(messageKey);
        this.messageKey = messageKey;
        this.values = List.of(values);
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return values.toArray();
    }
}
