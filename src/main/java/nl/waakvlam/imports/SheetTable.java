package nl.waakvlam.imports;

import java.util.List;

/**
 * One table of an uploaded file: a sheet of a workbook, or a whole CSV file. {@code headerRow} is the
 * row (as a spreadsheet program numbers it) that holds the column headers, found by
 * {@link SpreadsheetReader}; {@code rows} are the data rows below it, each with its number;
 * {@code ignored} are the rows the import leaves out and why (a title above the headers, a total or
 * a note under the data).
 */
record SheetTable(String id, String fileName, String sheetName, int headerRow, List<String> headers, List<Row> rows,
                  List<IgnoredRow> ignored) {

    /** A table whose headers are on its first row and that ignores nothing (tests, simple files). */
    SheetTable(String id, String fileName, String sheetName, List<String> headers, List<Row> rows) {
        this(id, fileName, sheetName, 1, headers, rows, List.of());
    }

    /** A row the import leaves out: its number, why ({@code importIgnored.*}) and its first text. */
    record IgnoredRow(int number, String reason, String text) {

        public String reasonKey() {
            return "importIgnored." + reason;
        }
    }

    /** One data row: its number as the spreadsheet shows it and its cells as text. */
    record Row(int number, List<String> cells) {

        /** The text in a column, stripped; empty when the row is shorter or the column is not mapped. */
        String cell(Integer column) {
            if (column == null || column < 0 || column >= cells.size()) {
                return "";
            }
            String value = cells.get(column);
            return value == null ? "" : value.strip();
        }
    }

    /** The name of a column as the file has it, or its letter (A, B, …) when the header cell is empty. */
    String columnName(int column) {
        String header = column < headers.size() ? headers.get(column) : null;
        return header == null || header.isBlank() ? columnLetter(column) : header.strip();
    }

    static String columnLetter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
