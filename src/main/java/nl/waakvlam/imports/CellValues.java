package nl.waakvlam.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the text of a cell becomes a date, a time or a number. Dates are read the Dutch way
 * (day-month-year: {@code 12-3-2025}, {@code 12/03/2025}, {@code 12.3.2025}) or as ISO
 * ({@code 2025-03-12}, which is also what the reader makes of Excel's date cells); a two-digit year
 * is refused rather than guessed.
 */
final class CellValues {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern DUTCH = Pattern.compile(
            "(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?:,?\\s+(\\d{1,2})[:.](\\d{2})(?::\\d{2})?)?");
    private static final Pattern MINUTES = Pattern.compile("(\\d{1,5})\\s*(?:m|min|min\\.|minuten|minutes)?");

    private CellValues() {
    }

    /** A date with an optional time of day. */
    record DateValue(LocalDate date, LocalTime time) {

        LocalDateTime at(LocalTime otherwise) {
            return date.atTime(time == null ? otherwise : time);
        }
    }

    static Optional<DateValue> dateTime(String text) {
        Matcher iso = ISO.matcher(text);
        Matcher dutch = DUTCH.matcher(text);
        try {
            if (iso.matches()) {
                return Optional.of(new DateValue(LocalDate.of(number(iso.group(1)), number(iso.group(2)),
                        number(iso.group(3))), time(iso.group(4), iso.group(5))));
            }
            if (dutch.matches()) {
                return Optional.of(new DateValue(LocalDate.of(number(dutch.group(3)), number(dutch.group(2)),
                        number(dutch.group(1))), time(dutch.group(4), dutch.group(5))));
            }
        } catch (DateTimeException invalid) {
            // 31-02-2025, 25:61: no such day or time
        }
        return Optional.empty();
    }

    static Optional<LocalDate> date(String text) {
        return dateTime(text).map(DateValue::date);
    }

    /** Minutes as a whole number, optionally followed by "min" or "minuten". */
    static Optional<Integer> minutes(String text) {
        Matcher matcher = MINUTES.matcher(text.toLowerCase(Locale.ROOT));
        return matcher.matches() ? Optional.of(Integer.valueOf(matcher.group(1))) : Optional.empty();
    }

    private static LocalTime time(String hours, String minutes) {
        return hours == null ? null : LocalTime.of(number(hours), number(minutes));
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }
}
