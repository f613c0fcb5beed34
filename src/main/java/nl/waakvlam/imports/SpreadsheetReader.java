package nl.waakvlam.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.Locale;

/**
 * Reads an uploaded .xlsx workbook (every sheet) or .csv file into {@link SheetTable}s of text.
 * Dates that Excel stores as numbers come out as ISO text ({@code 2025-03-12}, with
 * {@code T14:30} when there is a time), so that later steps parse one format for both kinds of file.
 * A CSV file is UTF-8 when its bytes are valid UTF-8 (with or without a byte order mark), and
 * otherwise Windows-1252, which is what Excel writes in a Dutch Windows; its delimiter is the
 * semicolon (Dutch Excel) or the comma, whichever the header line has more of.
 *
 * <p>A sheet is read as a coordinator keeps it, not as an export: the header row is the first row
 * that names Waakvlam's fields or looks like headers (a title above it is left out), a merged cell
 * gives its value to every cell it covers, a formula gives its last computed value, and under the
 * data a totals row ("Totaal", "Gemiddelde"), a row of formulas only and a trailing note are left
 * out. Every row left out is listed with its reason, so the dry run can say so.
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
        return read(fileIndex, fileName, content, Map.of());
    }

    /** The same, with header rows chosen by hand ({@code table id → row number}) where the guess was wrong. */
    static List<SheetTable> read(int fileIndex, String fileName, byte[] content, Map<String, Integer> headerRows) {
        if (!isAccepted(fileName)) {
            throw new UnreadableFileException("import.refused.wrongType");
        }
        if (content.length == 0) {
            throw new UnreadableFileException("import.refused.empty");
        }
        List<SheetTable> tables = fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")
                ? workbook(fileIndex, fileName, content, headerRows)
                : List.of(csv(fileIndex, fileName, content, headerRows));
        if (tables.stream().allMatch(table -> table.headers().isEmpty())) {
            throw new UnreadableFileException("import.refused.empty");
        }
        return tables;
    }

    /** A non-blank row as read: its number, its cells as text, and whether every filled cell is a formula. */
    record RawRow(int number, List<String> cells, boolean onlyFormulas) {

        int filled() {
            return (int) cells.stream().filter(cell -> cell != null && !cell.isBlank()).count();
        }

        String firstText() {
            return cells.stream().filter(cell -> cell != null && !cell.isBlank()).findFirst().orElse("").strip();
        }
    }

    /** Rows looked at to find the header row; a title block longer than this is not a coordinator's list. */
    static final int HEADER_SEARCH = 15;
    /** Merged areas larger than this are decoration (a banner over the sheet), not values to repeat. */
    private static final int MERGE_MAX_CELLS = 2000;
    /** A one-row merge this wide or wider is a title, not a header over a few columns. */
    private static final int BANNER_COLUMNS = 4;
    /** A first cell that is one of these words (the whole word: "Somers" is a name) marks a totals row. */
    private static final Pattern TOTAL_LABEL = Pattern.compile(
            "(?iu)(sub)?tota(a)?l|gemiddeld(e)?|average|som|aantal|count|totalen");

    private static List<SheetTable> workbook(int fileIndex, String fileName, byte[] content,
                                             Map<String, Integer> headerRows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            List<SheetTable> tables = new ArrayList<>();
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                Sheet sheet = workbook.getSheetAt(s);
                Map<Long, String> merged = mergedValues(sheet);
                Map<Integer, Integer> mergedTo = new HashMap<>();
                merged.keySet().forEach(k -> mergedTo.merge((int) (k >> 20), (int) (k & 0xFFFFF), Math::max));
                List<RawRow> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    boolean onlyFormulas = true;
                    int last = Math.max(row.getLastCellNum(), mergedTo.getOrDefault(row.getRowNum(), -1) + 1);
                    for (int c = 0; c < Math.max(0, last); c++) {
                        Cell cell = row.getCell(c);
                        String value = text(cell);
                        if (value.isEmpty()) {
                            value = merged.getOrDefault(key(row.getRowNum(), c), "");
                        } else if (cell.getCellType() != CellType.FORMULA) {
                            onlyFormulas = false;
                        }
                        cells.add(value);
                    }
                    if (!isBlank(cells)) {
                        rows.add(new RawRow(row.getRowNum() + 1, cells, onlyFormulas));
                    }
                }
                String id = fileIndex + "-" + s;
                tables.add(table(id, fileName, sheet.getSheetName(), rows, headerRows.get(id)));
            }
            return tables;
        } catch (IOException | RuntimeException e) {
            // POI signals a file that is no workbook (or a damaged one) with a range of runtime exceptions
            throw new UnreadableFileException("import.refused.unreadable", e);
        }
    }

    /** The value of each merged area's first cell, for every other cell the area covers. */
    private static Map<Long, String> mergedValues(Sheet sheet) {
        Map<Long, String> values = new HashMap<>();
        for (CellRangeAddress area : sheet.getMergedRegions()) {
            // a banner (a title over the whole width, one row high) is decoration, not a value per column
            boolean banner = area.getFirstRow() == area.getLastRow()
                    && area.getLastColumn() - area.getFirstColumn() >= BANNER_COLUMNS;
            if (area.getNumberOfCells() > MERGE_MAX_CELLS || banner) {
                continue;
            }
            Row first = sheet.getRow(area.getFirstRow());
            String value = first == null ? "" : text(first.getCell(area.getFirstColumn()));
            if (value.isEmpty()) {
                continue;
            }
            for (int r = area.getFirstRow(); r <= area.getLastRow(); r++) {
                for (int c = area.getFirstColumn(); c <= area.getLastColumn(); c++) {
                    if (r != area.getFirstRow() || c != area.getFirstColumn()) {
                        values.put(key(r, c), value);
                    }
                }
            }
        }
        return values;
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }

    /**
     * A table from the non-blank rows of a sheet or file: the header row found, the rows above it
     * and the totals and notes under the data left out and listed, the rest data.
     */
    static SheetTable table(String id, String fileName, String sheetName, List<RawRow> rows, Integer chosenRow) {
        if (rows.isEmpty()) {
            return new SheetTable(id, fileName, sheetName, 1, List.of(), List.of(), List.of());
        }
        int header = headerIndex(rows);
        for (int i = 0; chosenRow != null && i < rows.size(); i++) {
            if (rows.get(i).number() == chosenRow) {
                header = i;
            }
        }
        List<SheetTable.IgnoredRow> ignored = new ArrayList<>();
        for (int i = 0; i < header; i++) {
            ignored.add(new SheetTable.IgnoredRow(rows.get(i).number(), "aboveHeader", rows.get(i).firstText()));
        }
        List<String> headers = trimTrailingBlanks(rows.get(header).cells());
        // the last row with two or more values: single values after it are notes under the list
        int lastFull = header;
        for (int i = header + 1; i < rows.size(); i++) {
            if (rows.get(i).filled() >= 2) {
                lastFull = i;
            }
        }
        List<SheetTable.Row> data = new ArrayList<>();
        for (int i = header + 1; i < rows.size(); i++) {
            RawRow row = rows.get(i);
            String reason = null;
            String firstWord = row.firstText().split("[\\s:=(]+", 2)[0];
            if (TOTAL_LABEL.matcher(firstWord).matches()) {
                reason = "total";
            } else if (row.onlyFormulas()) {
                reason = "formulas";
            } else if (i > lastFull && row.filled() == 1 && headers.size() > 2) {
                reason = "note";
            }
            if (reason == null) {
                data.add(new SheetTable.Row(row.number(), row.cells()));
            } else {
                ignored.add(new SheetTable.IgnoredRow(row.number(), reason, row.firstText()));
            }
        }
        return new SheetTable(id, fileName, sheetName, rows.get(header).number(), headers, data, ignored);
    }

    /**
     * The header row among the first rows: the first that names at least two of Waakvlam's fields as
     * the mapping knows them; otherwise the first whose cells are mostly text and fill at least half
     * of the widest row (a title has one cell, a data row numbers and dates); otherwise the first.
     */
    static int headerIndex(List<RawRow> rows) {
        int look = Math.min(rows.size(), HEADER_SEARCH);
        for (int i = 0; i < look; i++) {
            long known = rows.get(i).cells().stream()
                    .filter(cell -> Arrays.stream(TargetField.values()).anyMatch(f -> f.likeness(cell) == 0))
                    .count();
            if (known >= 2) {
                return i;
            }
        }
        int widest = rows.stream().limit(HEADER_SEARCH * 2L).mapToInt(RawRow::filled).max().orElse(0);
        for (int i = 0; i < look; i++) {
            RawRow row = rows.get(i);
            long text = row.cells().stream().filter(cell -> cell != null && !cell.isBlank())
                    .filter(cell -> CellValues.date(cell.strip()).isEmpty() && !cell.strip().matches("[-+]?[\\d.,]+"))
                    .count();
            if (row.filled() >= 2 && row.filled() * 2 >= widest && text * 10 >= row.filled() * 6L) {
                return i;
            }
        }
        return 0;
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

    private static SheetTable csv(int fileIndex, String fileName, byte[] content, Map<String, Integer> headerRows) {
        String text = decode(content);
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true).get();
        List<RawRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (!isBlank(cells)) {
                    rows.add(new RawRow((int) record.getRecordNumber(), cells, false));
                }
            }
        } catch (IOException | RuntimeException e) {
            // Commons CSV reports a broken quote as an unchecked exception
            throw new UnreadableFileException("import.refused.unreadable", e);
        }
        return table(fileIndex + "-0", fileName, null, rows, headerRows.get(fileIndex + "-0"));
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
