package nl.waakvlam.imports;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading workbooks and CSV files as Dutch Excel writes them. */
class SpreadsheetReaderTests {

    @Test
    void aWindows1252CsvWithSemicolonsKeepsItsDiacritics() {
        byte[] bytes = ImportFiles.csv(List.of("Cliëntnummer", "Naam", "Notitie"),
                List.of(List.of("1", "Özcan Demir", "Gesprek met cliënt; \"koffie\"".replace(";", ","))),
                SpreadsheetReader.WINDOWS_1252, ';');
        assertThat(bytes).contains((byte) 0xEB).contains((byte) 0xD6);

        SheetTable table = SpreadsheetReader.read(0, "lijst.csv", bytes).get(0);

        assertThat(table.headers()).containsExactly("Cliëntnummer", "Naam", "Notitie");
        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(2);
            assertThat(row.cell(1)).isEqualTo("Özcan Demir");
            assertThat(row.cell(2)).contains("cliënt");
        });
    }

    @Test
    void utf8WithOrWithoutByteOrderMarkAndCommas() {
        byte[] plain = "Naam,Plaats\r\nChloë Janssen,Zwijndrecht\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);

        for (byte[] bytes : List.of(plain, bom)) {
            SheetTable table = SpreadsheetReader.read(1, "a.CSV", bytes).get(0);
            assertThat(table.id()).isEqualTo("1-0");
            assertThat(table.headers()).containsExactly("Naam", "Plaats");
            assertThat(table.rows().get(0).cell(0)).isEqualTo("Chloë Janssen");
        }
    }

    @Test
    void theDelimiterIsTheOneTheHeaderLineHasMostOf() {
        assertThat(SpreadsheetReader.delimiter("a;b;c\n1,5;2;3")).isEqualTo(';');
        assertThat(SpreadsheetReader.delimiter("a,b,\"c;d\"\n1;2")).isEqualTo(',');
        assertThat(SpreadsheetReader.delimiter("\n\nnaam;datum")).isEqualTo(';');
    }

    @Test
    void workbookDatesBecomeIsoTextAndBlankRowsAreSkippedWithTheirNumbersKept() {
        byte[] workbook = ImportFiles.workbook(List.of(
                List.of("WV-1", "Sem de Wit", LocalDate.of(2007, 3, 14)),
                List.of(),
                List.of("WV-2", "Noa Hendriks", "14-3-2007", "x", "y", 12, 4.5)),
                List.of(List.of("WV-1", LocalDateTime.of(2026, 11, 2, 14, 30))));

        List<SheetTable> tables = SpreadsheetReader.read(0, "register.xlsx", workbook);

        assertThat(tables).extracting(SheetTable::sheetName).containsExactly("Cliënten", "Contactmomenten");
        SheetTable clients = tables.get(0);
        assertThat(clients.headers()).isEqualTo(ExampleWorkbook.CLIENT_HEADERS);
        assertThat(clients.rows()).extracting(SheetTable.Row::number).containsExactly(2, 4);
        assertThat(clients.rows().get(0).cell(2)).isEqualTo("2007-03-14");
        assertThat(clients.rows().get(1).cell(5)).isEqualTo("12");
        assertThat(clients.rows().get(1).cell(6)).isEqualTo("4.5");
        assertThat(clients.rows().get(1).cell(40)).isEmpty();
        assertThat(tables.get(1).rows().get(0).cell(1)).isEqualTo("2026-11-02T14:30");
    }

    @Test
    void refusesWhatIsNoWorkbookOrCsv() {
        assertThatThrownBy(() -> SpreadsheetReader.read(0, "lijst.xls", new byte[]{1, 2}))
                .isInstanceOf(UnreadableFileException.class).hasMessage("import.refused.wrongType");
        assertThatThrownBy(() -> SpreadsheetReader.read(0, "lijst.xlsx", "geen zip".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableFileException.class).hasMessage("import.refused.unreadable");
        assertThatThrownBy(() -> SpreadsheetReader.read(0, "leeg.csv", "\r\n;;\r\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableFileException.class).hasMessage("import.refused.empty");
    }

    @Test
    void columnsWithoutAHeaderAreNamedByTheirLetter() {
        SheetTable table = new SheetTable("0-0", "x.csv", null, List.of("Naam", ""), List.of());
        assertThat(table.columnName(1)).isEqualTo("B");
        assertThat(SheetTable.columnLetter(26)).isEqualTo("AA");
    }

    @Test
    void aCoordinatorsSheetIsReadFromItsHeaderRowWithoutTitleTotalsOrNotes() {
        byte[] workbook = CoordinatorWorkbook.build(List.of(
                new CoordinatorWorkbook.Client("1", "Sem", "de Wit", LocalDate.of(2007, 1, 31), "Jongeren",
                        "De Brug", "2-9-2025", LocalDate.of(2025, 9, 15), "Intensief", "Sanne Verhoeven",
                        "06 1234 5678", 2, 6, "Belt liever niet"),
                new CoordinatorWorkbook.Client("2", "Noa", "Hendriks", "31-1-2007", "Jongeren", "De Brug",
                        "1 sep 2025", "15-9-2025", "Intensief", null, null, 3, 7, null)),
                List.of(new CoordinatorWorkbook.Contact("1", LocalDate.of(2025, 10, 1), "Gesprek", "Bereikt", 45, "")));

        List<SheetTable> tables = SpreadsheetReader.read(0, "deelnemers.xlsx", workbook);

        SheetTable clients = tables.get(0);
        assertThat(clients.headerRow()).isEqualTo(3);
        assertThat(clients.headers()).isEqualTo(CoordinatorWorkbook.HEADERS);
        assertThat(clients.rows()).extracting(SheetTable.Row::number).containsExactly(4, 5);
        // a merged cell gives its value to every row it covers; a Dutch text date and a date cell are one day
        assertThat(clients.rows().get(1).cell(9)).isEqualTo("Sanne Verhoeven");
        assertThat(CellValues.date(clients.rows().get(0).cell(3))).isEqualTo(CellValues.date(clients.rows().get(1).cell(3)));
        assertThat(clients.ignored()).extracting(SheetTable.IgnoredRow::number, SheetTable.IgnoredRow::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "aboveHeader"),
                        org.assertj.core.groups.Tuple.tuple(6, "total"),
                        org.assertj.core.groups.Tuple.tuple(7, "formulas"),
                        org.assertj.core.groups.Tuple.tuple(9, "note"));
        assertThat(tables.get(1).headerRow()).isEqualTo(1);
        assertThat(tables.get(1).rows()).hasSize(1);
    }

    @Test
    void aTotalsRowIsKnownByItsWholeFirstWordNotByANameThatStartsLikeIt() {
        List<SpreadsheetReader.RawRow> rows = List.of(
                new SpreadsheetReader.RawRow(1, List.of("Nr.", "Achternaam", "Voornaam"), false),
                new SpreadsheetReader.RawRow(2, List.of("1", "Somers", "Anna"), false),
                new SpreadsheetReader.RawRow(3, List.of("Aantalle", "Piet", "x"), false),
                new SpreadsheetReader.RawRow(4, List.of("Totaal:", "2", ""), false));
        SheetTable table = SpreadsheetReader.table("0-0", "x.csv", null, rows, null);
        assertThat(table.rows()).extracting(SheetTable.Row::number).containsExactly(2, 3);
        assertThat(table.ignored()).extracting(SheetTable.IgnoredRow::number).containsExactly(4);
    }
}
