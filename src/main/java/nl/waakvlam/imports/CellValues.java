package nl.waakvlam.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the text of a cell becomes a date, a time or a number. Dates are read the Dutch way
 * (day-month-year: {@code 12-3-2025}, {@code 12/03/2025}, {@code 12.3.2025}) or as ISO
 * ({@code 2025-03-12}, which is also what the reader makes of Excel's date cells), with the month
 * as a word ({@code 31 jan 2007}, {@code 31 januari 2007}), or as the day number Excel stores when a
 * date column lost its format ({@code 39113}). A two-digit year is this century's when it is not
 * later than this year ({@code 31-1-07} is 2007), otherwise the last century's ({@code 1-5-89}).
 */
final class CellValues {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern DUTCH = Pattern.compile(
            "(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})(?:,?\\s+(\\d{1,2})[:.](\\d{2})(?::\\d{2})?)?");
    private static final Pattern WORDS = Pattern.compile(
            "(\\d{1,2})[\\s-]+(\\p{L}+)\\.?[\\s-]+(\\d{4}|\\d{2})(?:,?\\s+(\\d{1,2})[:.](\\d{2}))?");
    private static final Pattern SERIAL = Pattern.compile("\\d{4,5}");
    /** Excel's day 0 (its day numbers count from 1900 with the leap day Lotus had in 1900). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /** Day numbers read as a date: 1 January 1910 to 31 December 2099. */
    private static final int SERIAL_FROM = 3654;
    private static final int SERIAL_TO = 73050;
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("januari", 1),
            Map.entry("january", 1), Map.entry("feb", 2), Map.entry("februari", 2), Map.entry("february", 2),
            Map.entry("mrt", 3), Map.entry("maart", 3), Map.entry("mar", 3), Map.entry("march", 3),
            Map.entry("apr", 4), Map.entry("april", 4), Map.entry("mei", 5), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("juni", 6), Map.entry("june", 6), Map.entry("jul", 7),
            Map.entry("juli", 7), Map.entry("july", 7), Map.entry("aug", 8), Map.entry("augustus", 8),
            Map.entry("august", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("september", 9),
            Map.entry("okt", 10), Map.entry("oktober", 10), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("nov", 11), Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));
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
                return Optional.of(new DateValue(LocalDate.of(year(dutch.group(3)), number(dutch.group(2)),
                        number(dutch.group(1))), time(dutch.group(4), dutch.group(5))));
            }
            Matcher words = WORDS.matcher(text);
            if (words.matches()) {
                Integer month = MONTHS.get(words.group(2).toLowerCase(Locale.ROOT));
                return month == null ? Optional.empty() : Optional.of(new DateValue(LocalDate.of(year(words.group(3)),
                        month, number(words.group(1))), time(words.group(4), words.group(5))));
            }
            if (SERIAL.matcher(text).matches()) {
                int day = number(text);
                return day < SERIAL_FROM || day > SERIAL_TO ? Optional.empty()
                        : Optional.of(new DateValue(EXCEL_EPOCH.plusDays(day), null));
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

    /** A year of four digits as it is; of two: this century's up to this year, else the last century's. */
    private static int year(String digits) {
        int year = number(digits);
        if (digits.length() == 2) {
            int thisYear = Year.now().getValue();
            year += thisYear - thisYear % 100;
            if (year > thisYear) {
                year -= 100;
            }
        }
        return year;
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }
}
