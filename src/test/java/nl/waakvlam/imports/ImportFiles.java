package nl.waakvlam.imports;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds the files an import test uploads: a workbook with a clients sheet and a contacts sheet laid
 * out like the example registration (dates as real Excel dates), or CSV text in a chosen encoding
 * and delimiter. Generated in the test, never committed binaries.
 */
final class ImportFiles {

    private ImportFiles() {
    }

    /** A workbook with the example's headers: the clients on "Cliënten", the contacts (if any) on "Contactmomenten". */
    static byte[] workbook(List<List<Object>> clients, List<List<Object>> contacts) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd-mm-yyyy"));
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd-mm-yyyy hh:mm"));
            sheet(workbook.createSheet(ExampleWorkbook.CLIENTS_SHEET), ExampleWorkbook.CLIENT_HEADERS, clients, date,
                    dateTime);
            if (contacts != null) {
                sheet(workbook.createSheet(ExampleWorkbook.CONTACTS_SHEET), ExampleWorkbook.CONTACT_HEADERS, contacts,
                        date, dateTime);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Sheet sheet, List<String> headers, List<List<Object>> rows, CellStyle date,
                              CellStyle dateTime) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            header.createCell(c).setCellValue(headers.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value instanceof LocalDate day) {
                    row.createCell(c).setCellValue(day);
                    row.getCell(c).setCellStyle(date);
                } else if (value instanceof LocalDateTime moment) {
                    row.createCell(c).setCellValue(moment);
                    row.getCell(c).setCellStyle(dateTime);
                } else if (value instanceof Number number) {
                    row.createCell(c).setCellValue(number.doubleValue());
                } else if (value != null) {
                    row.createCell(c).setCellValue(value.toString());
                }
            }
        }
    }

    /** CSV text, a header row first, in the given encoding with the given delimiter and CRLF line ends. */
    static byte[] csv(List<String> headers, List<List<String>> rows, Charset charset, char delimiter) {
        String separator = String.valueOf(delimiter);
        return Stream.concat(Stream.of(headers), rows.stream())
                .map(row -> String.join(separator, row))
                .collect(Collectors.joining("\r\n", "", "\r\n")).getBytes(charset);
    }
}
