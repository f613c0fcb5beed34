package nl.waakvlam.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an uploaded .xlsx workbook (every sheet) or .csv file into {@link SheetTable}s of text.
 * Dates that Excel stores as numbers come out as ISO text ({@code 2025-03-12}, with
 * {@code T14:30} when there is a time), so that later steps parse one format for both kinds of file.
 * A CSV file is UTF-8 when its bytes are valid UTF-8 (with or without a byte order mark), and
 * otherwise Windows-1252, which is what Excel writes in a Dutch Windows; its delimiter is the
 * semicolon (Dutch Excel) or the comma, whichever the header line has more of.
 */
final class SpreadsheetReader {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private SpreadsheetReader() {
    }

    /** Whether a file name has an extension the import reads. */
    static boolean isAccepted(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".csv");
    }

    static List<SheetTable> read(int fileIndex, String fileName, byte[] content) {
        if (!isAccepted(fileName)) {
            throw new UnreadableFileException("import.refused.wrongType");
        }
        if (content.length == 0) {
            throw new UnreadableFileException("import.refused.empty");
        }
        List<SheetTable> tables = fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")
                ? workbook(fileIndex, fileName, content) : List.of(csv(fileIndex, fileName, content));
        if (tables.stream().allMatch(table -> table.headers().isEmpty())) {
            throw new UnreadableFileException("import.refused.empty");
        }
        return tables;
    }

    private static List<SheetTable> workbook(int fileIndex, String fileName, byte[] content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            List<SheetTable> tables = new ArrayList<>();
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                Sheet sheet = workbook.getSheetAt(s);
                List<String> headers = List.of();
                List<SheetTable.Row> rows = new ArrayList<>();
                boolean headerSeen = false;
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        cells.add(text(row.getCell(c)));
                    }
                    if (!headerSeen) {
                        if (isBlank(cells)) {
                            continue;
                        }
                        headers = trimTrailingBlanks(cells);
                        headerSeen = true;
                    } else if (!isBlank(cells)) {
                        rows.add(new SheetTable.Row(row.getRowNum() + 1, cells));
                    }
                }
                tables.add(new SheetTable(fileIndex + "-" + s, fileName, sheet.getSheetName(), headers, rows));
            }
            return tables;
        } catch (IOException | RuntimeException e) {
            // POI signals a file that is no workbook (or a damaged one) with a range of runtime exceptions
            throw new UnreadableFileException("import.refused.unreadable", e);
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? isoDate(cell.getLocalDateTimeCellValue())
                    : number(cell.getNumericCellValue());
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private static String isoDate(LocalDateTime value) {
        if (value == null) {
            return "";
        }
        LocalTime time = value.toLocalTime().withSecond(0).withNano(0);
        return time.equals(LocalTime.MIDNIGHT) ? value.toLocalDate().toString()
                : value.toLocalDate() + "T" + time;
    }

    private static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static SheetTable csv(int fileIndex, String fileName, byte[] content) {
        String text = decode(content);
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true).get();
        List<String> headers = null;
        List<SheetTable.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (headers == null) {
                    if (!isBlank(cells)) {
                        headers = trimTrailingBlanks(cells);
                    }
                } else if (!isBlank(cells)) {
                    rows.add(new SheetTable.Row((int) record.getRecordNumber(), cells));
                }
            }
        } catch (IOException | RuntimeException e) {
            // Commons CSV reports a broken quote as an unchecked exception
            throw new UnreadableFileException("import.refused.unreadable", e);
        }
        return new SheetTable(fileIndex + "-0", fileName, null, headers == null ? List.of() : headers, rows);
    }

    /** UTF-8 when the bytes are valid UTF-8 (a byte order mark is dropped), otherwise Windows-1252. */
    static String decode(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
                && (content[2] & 0xff) == 0xbf ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes);
            return chars.toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, WINDOWS_1252);
        }
    }

    /** The semicolon or the comma, whichever occurs more often outside quotes in the first line. */
    static char delimiter(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (semicolons + commas > 0) {
                    break;
                }
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }

    private static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
    }

    private static List<String> trimTrailingBlanks(List<String> cells) {
        int end = cells.size();
        while (end > 0 && (cells.get(end - 1) == null || cells.get(end - 1).isBlank())) {
            end--;
        }
        return cells.subList(0, end).stream().map(cell -> cell == null ? "" : cell.strip()).toList();
    }
}
