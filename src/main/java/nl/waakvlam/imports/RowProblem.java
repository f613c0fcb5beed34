package nl.waakvlam.imports;

import nl.waakvlam.shared.Dates;
import org.springframework.context.i18n.LocaleContextHolder;

import java.time.LocalDate;
import java.util.List;

/**
 * A row the import cannot take: where (the sheet or file, the row number as the spreadsheet shows
 * it, the column) and why, as a message key with its arguments ({@code importProblem.*}).
 */
record RowProblem(String table, int row, String column, String messageKey, List<Object> values) {

    /** Message arguments with dates written the way the application writes them, in the reader's language. */
    public Object[] arguments() {
        return values.stream().map(value -> value instanceof LocalDate date
                ? Dates.date(date, LocaleContextHolder.getLocale()) : value).toArray();
    }
}
