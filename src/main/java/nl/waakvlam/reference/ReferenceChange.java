package nl.waakvlam.reference;

import java.util.List;

/**
 * What one administrative action changed in a reference list, field by field with the old and the
 * new value, so that the caller can keep a record of it.
 */
public record ReferenceChange(ReferenceList list, Long itemId, boolean created, List<Field> fields) {

    /** One changed field; {@code field} is a column name ({@code name_nl}, {@code active}, {@code sort_order}). */
    public record Field(String field, String oldValue, String newValue) {
    }
}
