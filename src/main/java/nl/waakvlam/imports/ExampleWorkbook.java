package nl.waakvlam.imports;

import nl.waakvlam.shared.SpreadsheetCsv;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The example registration offered on the import page and kept in {@code docs/import/}: a workbook
 * laid out like the "cliëntvolgsysteem" a programme keeps in Excel (one row per client with the
 * registration date and the last status, and a sheet of contact moments), with made-up people.
 * The same rows as two CSV files the way Dutch Excel saves them as "CSV UTF-8": semicolons, a
 * byte-order mark (the import reads Windows-1252 too).
 */
final class ExampleWorkbook {

    static final String WORKBOOK = "voorbeeld-clientvolgsysteem.xlsx";
    static final String CLIENTS_CSV = "voorbeeld-clienten.csv";
    static final String CONTACTS_CSV = "voorbeeld-contacten.csv";
    static final String CLIENTS_SHEET = "Cliënten";
    static final String CONTACTS_SHEET = "Contactmomenten";
    static final String NOTES_SHEET = "Toelichting";

    static final List<String> CLIENT_HEADERS = List.of("Cliëntnummer", "Naam", "Geboortedatum", "Uitvoeringsniveau",
            "Fase", "Aanmelddatum", "Startdatum", "Fase sinds", "Lifecoach (gebruikersnaam)", "Aanmelder (organisatie)");
    static final List<String> CONTACT_HEADERS = List.of("Cliëntnummer", "Datum", "Soort contact", "Resultaat",
            "Duur (min)", "Leefgebieden", "Notitie");

    private static final String YOUTH = "Kwetsbare jongeren 18-/18+";
    private static final String ADULTS = "Kwetsbare volwassenen in een latere levensfase";
    private static final String BRUG = "Praktijkschool De Brug";
    private static final String HORIZON = "VSO De Horizon";
    private static final String SOCIAL_SERVICE = "Sociale Dienst Drechtoever";
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter DUTCH_DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    /** One made-up client as the registration has it. */
    record ExampleClient(String number, String name, LocalDate born, String track, String phase, LocalDate referred,
                         LocalDate started, LocalDate phaseSince, String coach, String referrer) {
    }

    /** One made-up contact moment. */
    record ExampleContact(String client, LocalDateTime at, String kind, String outcome, Integer minutes,
                          String domains, String note) {
    }

    static final List<ExampleClient> CLIENTS = List.of(
            new ExampleClient("WV-001", "Sem de Wit", LocalDate.of(2007, 3, 14), YOUTH, "Intensief",
                    LocalDate.of(2026, 5, 4), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1), "coach1", BRUG),
            new ExampleClient("WV-002", "Noa Hendriks", LocalDate.of(2008, 1, 22), YOUTH, "Intake",
                    LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 12), "coach1",
                    HORIZON),
            new ExampleClient("WV-003", "Özcan Demir", LocalDate.of(2006, 11, 5), YOUTH, "Afschalen",
                    LocalDate.of(2025, 8, 18), LocalDate.of(2025, 9, 8), LocalDate.of(2026, 7, 6), "coach2", BRUG),
            new ExampleClient("WV-004", "Chloë Janssen", LocalDate.of(1991, 6, 30), ADULTS, "Waakvlam",
                    LocalDate.of(2025, 2, 3), LocalDate.of(2025, 3, 3), LocalDate.of(2026, 4, 13), "coach2",
                    SOCIAL_SERVICE),
            new ExampleClient("WV-005", "Daan Vermeulen", LocalDate.of(1984, 9, 17), ADULTS, "Intensief",
                    LocalDate.of(2026, 6, 22), LocalDate.of(2026, 7, 13), LocalDate.of(2026, 7, 13), "coach3",
                    SOCIAL_SERVICE),
            new ExampleClient("WV-006", "Lieke van den Berg", LocalDate.of(2007, 12, 2), YOUTH, "Waakvlam",
                    LocalDate.of(2025, 1, 13), LocalDate.of(2025, 2, 10), LocalDate.of(2026, 3, 2), "coach3",
                    HORIZON),
            new ExampleClient("WV-007", "Kees Bosch", LocalDate.of(1976, 4, 8), ADULTS, "Afschalen",
                    LocalDate.of(2025, 10, 6), LocalDate.of(2025, 10, 27), LocalDate.of(2026, 8, 24), "coach4",
                    SOCIAL_SERVICE),
            new ExampleClient("WV-008", "Amira Benali", LocalDate.of(2008, 5, 19), YOUTH, "Intensief",
                    LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 14), "coach4", BRUG));

    static final List<ExampleContact> CONTACTS = contacts();

    private ExampleWorkbook() {
    }

    private static List<ExampleContact> contacts() {
        String[][] pattern = {
                {"Gesprek", "Bereikt", "45", "Werk; Sociaal netwerk en relaties",
                        "Gesprek bij de cliënt thuis over werk; wil graag in de groenvoorziening werken."},
                {"Telefoon", "Geen gehoor", "", "", ""},
                {"Telefoon", "Bereikt", "15", "Algemene steun (luisterend oor)", "Kort gebeld; het gaat goed."},
                {"Huisbezoek", "Bereikt", "60", "Inkomen en financiën/schulden; Wonen",
                        "Samen de post doorgenomen, één aanmaning. Betalingsregeling aangevraagd."},
                {"Wandeling of activiteit", "Bereikt", "50", "Daginvulling",
                        "Wandeling in het park. Vertelt meer over thuis dan eerder."},
                {"App / bericht", "Bereikt", "", "Algemene steun (luisterend oor)", "Appje: gaat goed, tot volgende week."},
                {"Meegaan naar instantie", "Bereikt", "90", "Contact met instanties",
                        "Mee naar het wijkteam; de cliënt deed zelf het woord."},
                {"Huisbezoek", "Niet thuis", "", "", ""},
        };
        List<ExampleContact> contacts = new ArrayList<>();
        LocalDate last = LocalDate.of(2026, 11, 20);
        for (int c = 0; c < CLIENTS.size(); c++) {
            ExampleClient client = CLIENTS.get(c);
            int interval = switch (client.phase()) {
                case "Afschalen" -> 14;
                case "Waakvlam" -> 28;
                default -> 7;
            };
            // the newest contact lies a few days back, different per client; older ones follow the rhythm
            LocalDate day = last.minusDays(2L + c * 3L);
            for (int n = 0; n < 5 && !day.isBefore(client.started()); n++) {
                String[] kind = pattern[(c + n) % pattern.length];
                contacts.add(new ExampleContact(client.number(), day.atTime(9 + (c + n) % 8, (n % 4) * 15), kind[0],
                        kind[1], kind[2].isEmpty() ? null : Integer.valueOf(kind[2]), kind[3], kind[4]));
                day = day.minusDays(interval);
            }
        }
        return contacts;
    }

    /** The example as an Excel workbook: the clients, the contact moments and a sheet that explains the columns. */
    static byte[] workbook() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd-mm-yyyy"));
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd-mm-yyyy hh:mm"));

            Sheet clients = workbook.createSheet(CLIENTS_SHEET);
            header(clients, CLIENT_HEADERS, bold);
            for (int i = 0; i < CLIENTS.size(); i++) {
                ExampleClient client = CLIENTS.get(i);
                Row row = clients.createRow(i + 1);
                row.createCell(0).setCellValue(client.number());
                row.createCell(1).setCellValue(client.name());
                dateCell(row, 2, client.born(), date);
                row.createCell(3).setCellValue(client.track());
                row.createCell(4).setCellValue(client.phase());
                dateCell(row, 5, client.referred(), date);
                dateCell(row, 6, client.started(), date);
                dateCell(row, 7, client.phaseSince(), date);
                row.createCell(8).setCellValue(client.coach());
                row.createCell(9).setCellValue(client.referrer());
            }
            Sheet contacts = workbook.createSheet(CONTACTS_SHEET);
            header(contacts, CONTACT_HEADERS, bold);
            for (int i = 0; i < CONTACTS.size(); i++) {
                ExampleContact contact = CONTACTS.get(i);
                Row row = contacts.createRow(i + 1);
                row.createCell(0).setCellValue(contact.client());
                row.createCell(1).setCellValue(contact.at());
                row.getCell(1).setCellStyle(dateTime);
                row.createCell(2).setCellValue(contact.kind());
                row.createCell(3).setCellValue(contact.outcome());
                if (contact.minutes() != null) {
                    row.createCell(4).setCellValue(contact.minutes());
                }
                row.createCell(5).setCellValue(contact.domains());
                row.createCell(6).setCellValue(contact.note());
            }
            Sheet notes = workbook.createSheet(NOTES_SHEET);
            List<String[]> explanation = List.of(
                    new String[]{"Kolom", "Wat vul je in"},
                    new String[]{"Cliëntnummer", "Een eigen nummer per cliënt; de contactmomenten verwijzen ernaar."},
                    new String[]{"Naam", "Voornaam en achternaam, bijvoorbeeld Sem de Wit."},
                    new String[]{"Uitvoeringsniveau", YOUTH + " of " + ADULTS + "."},
                    new String[]{"Fase", "Intake, Intensief, Afschalen of Waakvlam (de laatste status)."},
                    new String[]{"Aanmelddatum", "Wanneer de cliënt is aangemeld (mag leeg: dan de startdatum)."},
                    new String[]{"Startdatum", "Wanneer de begeleiding begon."},
                    new String[]{"Fase sinds", "Sinds wanneer de cliënt in deze fase is (mag leeg)."},
                    new String[]{"Lifecoach (gebruikersnaam)", "De gebruikersnaam van de lifecoach in Waakvlam."},
                    new String[]{"Aanmelder (organisatie)", "De organisatie zoals die op de sociale kaart staat."},
                    new String[]{"Soort contact", "Bijvoorbeeld Gesprek, Huisbezoek, Telefoon, App / bericht."},
                    new String[]{"Resultaat", "Bereikt, Geen gehoor, Niet thuis, Afgezegd door cliënt of coach."},
                    new String[]{"Leefgebieden", "Eén of meer leefgebieden, gescheiden door een puntkomma."},
                    new String[]{"Notitie", "Wordt de werknotitie van de lifecoach (alleen de coach ziet die)."},
                    new String[]{"", "Alle namen en gegevens in dit voorbeeld zijn verzonnen."});
            for (int i = 0; i < explanation.size(); i++) {
                Row row = notes.createRow(i);
                row.createCell(0).setCellValue(explanation.get(i)[0]);
                row.createCell(1).setCellValue(explanation.get(i)[1]);
                if (i == 0) {
                    row.getCell(0).setCellStyle(bold);
                    row.getCell(1).setCellStyle(bold);
                }
            }
            // widths by hand: autoSizeColumn needs the fonts of a desktop, which a server may not have
            widths(clients, 14, 22, 14, 44, 12, 14, 12, 12, 26, 28);
            widths(contacts, 14, 18, 24, 14, 11, 40, 70);
            widths(notes, 28, 90);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The clients as CSV the way Dutch Excel saves "CSV UTF-8": a byte-order mark, semicolons, CRLF. */
    static byte[] clientsCsv() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(CLIENT_HEADERS);
        for (ExampleClient client : CLIENTS) {
            rows.add(List.of(client.number(), client.name(), DUTCH_DATE.format(client.born()), client.track(),
                    client.phase(), DUTCH_DATE.format(client.referred()), DUTCH_DATE.format(client.started()),
                    DUTCH_DATE.format(client.phaseSince()), client.coach(), client.referrer()));
        }
        return csv(rows);
    }

    /** The contact moments as CSV, like {@link #clientsCsv()}. */
    static byte[] contactsCsv() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(CONTACT_HEADERS);
        for (ExampleContact contact : CONTACTS) {
            rows.add(List.of(contact.client(), DUTCH_DATE_TIME.format(contact.at()), contact.kind(), contact.outcome(),
                    contact.minutes() == null ? "" : contact.minutes().toString(), contact.domains(), contact.note()));
        }
        return csv(rows);
    }

    static byte[] csv(List<List<String>> rows) {
        return SpreadsheetCsv.bytes(rows);
    }

    private static void widths(Sheet sheet, int... characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256);
        }
    }

    private static void header(Sheet sheet, List<String> headers, CellStyle bold) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            row.createCell(c).setCellValue(headers.get(c));
            row.getCell(c).setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void dateCell(Row row, int column, LocalDate value, CellStyle style) {
        row.createCell(column).setCellValue(value);
        row.getCell(column).setCellStyle(style);
    }
}
