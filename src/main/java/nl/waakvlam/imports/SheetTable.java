package nl.waakvlam.imports;

import java.util.List;

/**
 * One table of an uploaded file: a sheet of a workbook, or a whole CSV file. The first row holds
 * the column headers; {@code rows} are the rows below it that are not blank, each with the row
 * number a spreadsheet program shows (the header row is row 1 on a sheet that starts at the top).
 */
record SheetTable(String id, String fileName, String sheetName, List<String> headers, List<Row> rows) {

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
