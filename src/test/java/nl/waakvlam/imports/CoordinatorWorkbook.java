package nl.waakvlam.imports;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * A workbook built the way a coordinator keeps one, not the way an export writes it: a title over the
 * list (merged across the columns), an empty row, the headers, the clients (a coach's name merged over
 * the rows of that coach, dates as date cells and as Dutch text, scores), then a totals row of formulas
 * and a note; a second sheet with contacts.
 */
final class CoordinatorWorkbook {

    static final List<String> HEADERS = List.of("Nr.", "Voornaam", "Achternaam", "Geb. datum", "Traject",
            "Verwezen door", "Aanmelding", "Start", "Status", "Coach", "Telefoon", "ZRM financiën",
            "Schaalvraag", "Opmerking");
    static final List<String> CONTACT_HEADERS = List.of("Nr.", "Datum", "Soort", "Resultaat", "Duur", "Notitie");

    private CoordinatorWorkbook() {
    }

    /** One client row: {@code birth} is a date cell when a LocalDate, Dutch text otherwise. */
    record Client(String number, String first, String last, Object birth, String track, String referrer,
                  Object referred, Object start, String status, String coach, String phone, Integer zrmFinances,
                  Integer scale, String remark) {
    }

    /** One contact row. */
    record Contact(String number, Object date, String kind, String outcome, Integer minutes, String note) {
    }

    static byte[] build(List<Client> clients, List<Contact> contacts) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d-m-yyyy"));
            Sheet sheet = workbook.createSheet("Deelnemers 2026");
            sheet.createRow(0).createCell(0).setCellValue("Deelnemers Waakvlam Zwijndrecht 2026");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.size() - 1));
            Row header = sheet.createRow(2);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(HEADERS.get(c));
            }
            int r = 3;
            for (Client client : clients) {
                Row row = sheet.createRow(r++);
                Object[] values = {client.number(), client.first(), client.last(), client.birth(), client.track(),
                        client.referrer(), client.referred(), client.start(), client.status(), client.coach(),
                        client.phone(), client.zrmFinances(), client.scale(), client.remark()};
                for (int c = 0; c < values.length; c++) {
                    set(row.createCell(c), values[c], date);
                }
            }
            // the same coach for the first two clients, typed once over both rows
            if (clients.size() >= 2 && clients.get(1).coach() == null) {
                sheet.addMergedRegion(new CellRangeAddress(3, 4, 9, 9));
            }
            Row totals = sheet.createRow(r++);
            totals.createCell(0).setCellValue("Totaal");
            totals.createCell(1).setCellFormula("COUNTA(B4:B" + (3 + clients.size()) + ")");
            Row average = sheet.createRow(r++);
            average.createCell(11).setCellFormula("AVERAGE(L4:L" + (3 + clients.size()) + ")");
            r++;
            sheet.createRow(r).createCell(0).setCellValue("Bijgewerkt door Anja, 3 maart");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();

            Sheet contactSheet = workbook.createSheet("Contacten");
            Row contactHeader = contactSheet.createRow(0);
            for (int c = 0; c < CONTACT_HEADERS.size(); c++) {
                contactHeader.createCell(c).setCellValue(CONTACT_HEADERS.get(c));
            }
            int cr = 1;
            for (Contact contact : contacts) {
                Row row = contactSheet.createRow(cr++);
                Object[] values = {contact.number(), contact.date(), contact.kind(), contact.outcome(),
                        contact.minutes(), contact.note()};
                for (int c = 0; c < values.length; c++) {
                    set(row.createCell(c), values[c], date);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(Cell cell, Object value, CellStyle date) {
        if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
    }
}
