package nl.waakvlam.shared;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.ByteArrayOutputStream;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one way the application writes CSV, for every download and export: as Dutch Excel opens it
 * with a double click. A UTF-8 byte-order mark (so "ë" stays "ë"), semicolons between cells, CRLF,
 * decimal commas, dates as {@code 2026-12-07} and moments in Dutch local time
 * ({@code 2026-12-07 14:05}, no {@code Z}). A text cell that starts with {@code = + - @}, a tab or a
 * carriage return gets a leading apostrophe, so that a spreadsheet shows it instead of running it as
 * a formula (a client's name from an imported workbook is anyone's text); numbers such as
 * {@code -1} or {@code -0,5} stay numbers.
 *
 * <p>It writes values, not words: callers turn codes into the reader's words before they pass them.
 * Closing it flushes but leaves the stream open (a ZIP entry or a response goes on after it).
 */
public final class SpreadsheetCsv implements Flushable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
            .get();
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** A number as this writer writes it: not a formula, so left alone. */
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(,\\d+)?");

    private final Writer writer;
    private final CSVPrinter printer;

    private SpreadsheetCsv(Writer writer) {
        this.writer = writer;
        try {
            writer.write('\uFEFF');
            this.printer = new CSVPrinter(writer, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV written to the stream, which stays open. */
    public static SpreadsheetCsv to(OutputStream out) {
        return new SpreadsheetCsv(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** Rows written at once, for a small download. */
    public static byte[] bytes(List<? extends List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SpreadsheetCsv csv = to(out);
        rows.forEach(csv::row);
        csv.flush();
        return out.toByteArray();
    }

    public void row(Object... cells) {
        row(Arrays.asList(cells));
    }

    public void row(List<?> cells) {
        try {
            printer.printRecord(cells.stream().map(SpreadsheetCsv::cell).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void flush() {
        try {
            printer.flush();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One value as its cell's text. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            return Double.isFinite(number) ? decimal(BigDecimal.valueOf(number)) : "";
        }
        if (value instanceof BigDecimal number) {
            return decimal(number);
        }
        if (value instanceof Number) {
            return value.toString();
        }
        if (value instanceof Instant instant) {
            return LOCAL_TIME.format(instant.atZone(Dates.ZONE));
        }
        if (value instanceof LocalDateTime moment) {
            return LOCAL_TIME.format(moment);
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return neutralised(value.toString());
    }

    /** A text that a spreadsheet would run as a formula, with a leading apostrophe. */
    static String neutralised(String text) {
        if (text.isEmpty() || NUMBER.matcher(text).matches() || "=+-@\t\r".indexOf(text.charAt(0)) < 0) {
            return text;
        }
        return "'" + text;
    }

    private static String decimal(BigDecimal number) {
        BigDecimal plain = number.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString().replace('.', ',');
    }
}
