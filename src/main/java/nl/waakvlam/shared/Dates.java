package nl.waakvlam.shared;

import org.springframework.context.i18n.LocaleContextHolder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one way Waakvlam writes a date: "25 nov 2026", with the time where it matters
 * ("25 nov 2026 14:05"), "25 nov" where the year is evident and "nov 2026" for a month.
 * Month abbreviations are fixed here rather than taken from the JDK's locale data, which writes
 * "nov." in one Java version and "nov" in another. Templates call it as {@code #display} ({@code shared.web.TemplateObjects}); it holds no state.
 */
public class Dates {

    /** Instants are shown in the programme's time zone, as "today" is judged there. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static final List<String> DUTCH =
            List.of("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec");
    private static final List<String> ENGLISH =
            List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    private static final DateTimeFormatter DATE_NL = formatter(DUTCH, true, false);
    private static final DateTimeFormatter DATE_EN = formatter(ENGLISH, true, false);
    private static final DateTimeFormatter DATE_TIME_NL = formatter(DUTCH, true, true);
    private static final DateTimeFormatter DATE_TIME_EN = formatter(ENGLISH, true, true);
    private static final DateTimeFormatter DAY_NL = formatter(DUTCH, false, false);
    private static final DateTimeFormatter DAY_EN = formatter(ENGLISH, false, false);
    private static final DateTimeFormatter MONTH_NL = month(DUTCH);
    private static final DateTimeFormatter MONTH_EN = month(ENGLISH);

    /** "25 nov 2026"; empty for null. */
    public String date(Object value) {
        return date(value, LocaleContextHolder.getLocale());
    }

    /** "25 nov 2026 14:05"; a date without a time is written as {@link #date}. */
    public String dateTime(Object value) {
        return dateTime(value, LocaleContextHolder.getLocale());
    }

    /** "25 nov", for lists where the year is evident. */
    public String day(Object value) {
        return format(value, english(LocaleContextHolder.getLocale()) ? DAY_EN : DAY_NL);
    }

    /** "nov 2026". */
    public String month(Object value) {
        return format(value, english(LocaleContextHolder.getLocale()) ? MONTH_EN : MONTH_NL);
    }

    public static String date(Object value, Locale locale) {
        return format(value, english(locale) ? DATE_EN : DATE_NL);
    }

    public static String dateTime(Object value, Locale locale) {
        TemporalAccessor temporal = temporal(value);
        if (temporal == null || !temporal.isSupported(ChronoField.HOUR_OF_DAY)) {
            return date(value, locale);
        }
        return format(temporal, english(locale) ? DATE_TIME_EN : DATE_TIME_NL);
    }

    private static String format(Object value, DateTimeFormatter formatter) {
        TemporalAccessor temporal = temporal(value);
        return temporal == null ? "" : formatter.format(temporal);
    }

    private static TemporalAccessor temporal(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant.atZone(ZONE);
        }
        if (value instanceof LocalDate || value instanceof LocalDateTime || value instanceof ZonedDateTime) {
            return (TemporalAccessor) value;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(ZONE);
        }
        if (value instanceof TemporalAccessor temporal) {
            return temporal;
        }
        throw new IllegalArgumentException("Not a date: " + value.getClass().getSimpleName());
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    private static DateTimeFormatter formatter(List<String> months, boolean year, boolean time) {
        DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder()
                .appendValue(ChronoField.DAY_OF_MONTH)
                .appendLiteral(' ')
                .appendText(ChronoField.MONTH_OF_YEAR, names(months));
        if (year) {
            builder.appendLiteral(' ').appendValue(ChronoField.YEAR, 4, 10, SignStyle.NORMAL);
        }
        if (time) {
            builder.appendPattern(" HH:mm");
        }
        return builder.toFormatter(Locale.ROOT);
    }

    private static DateTimeFormatter month(List<String> months) {
        return new DateTimeFormatterBuilder()
                .appendText(ChronoField.MONTH_OF_YEAR, names(months))
                .appendLiteral(' ')
                .appendValue(ChronoField.YEAR, 4, 10, SignStyle.NORMAL)
                .toFormatter(Locale.ROOT);
    }

    private static Map<Long, String> names(List<String> months) {
        Map<Long, String> names = new HashMap<>();
        for (int i = 0; i < months.size(); i++) {
            names.put(i + 1L, months.get(i));
        }
        return names;
    }
}
