package nl.waakvlam.imports;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example in {@code docs/import/} of a workbook as a coordinator keeps it: it still reads as the
 * user guide says (the header on row 3, the title, totals and note left out, every column linked).
 * {@code -Dwaakvlam.example.write=true} writes it again from {@link #example()}.
 */
class CoordinatorExampleTests {

    static final Path EXAMPLE = Path.of("docs", "import", "deelnemers-zoals-bijgehouden.xlsx");

    static byte[] example() {
        return CoordinatorWorkbook.build(List.of(
                        new CoordinatorWorkbook.Client("1", "Sem", "de Wit", LocalDate.of(2007, 1, 31), "Jongeren",
                                "Praktijkschool De Brug", "2-9-2025", LocalDate.of(2025, 9, 15), "Intensief",
                                "Sanne Verhoeven", "06 1234 5678", 2, 6, "Belt liever niet; moeder is belangrijk"),
                        new CoordinatorWorkbook.Client("2", "Noa", "Hendriks", "14-3-07", "Jongeren",
                                "Praktijkschool De Brug", "1 sep 2025", "15-9-2025", "Afschalen", null, null, 3, 7,
                                null),
                        new CoordinatorWorkbook.Client("3", "Ahmed", "Yilmaz", LocalDate.of(1979, 5, 2),
                                "Volwassenen", "Sociale Dienst Drechtoever", "3-2-2025", LocalDate.of(2025, 3, 1),
                                "Waakvlam", "Mehmet Yıldız", null, 3, 6, "Schuldhulp loopt"),
                        new CoordinatorWorkbook.Client("4", "Lisa", "Bos", "12 mei 1990", "Volwassenen",
                                "Sociale Dienst Drechtoever", "1-10-2025", "20-10-2025", "Intensief", "Lotte",
                                "06 5555 1212", 1, 4, null)),
                List.of(new CoordinatorWorkbook.Contact("1", LocalDate.of(2025, 11, 20), "Huisbezoek", "Bereikt", 60,
                                "Kennismaking met moeder"),
                        new CoordinatorWorkbook.Contact("2", "2-12-2025", "Telefoon", "Geen gehoor", null, ""),
                        new CoordinatorWorkbook.Contact("3", LocalDate.of(2025, 11, 28), "Gesprek", "Bereikt", 30,
                                "")));
    }

    @Test
    void theExampleInTheDocsReadsAsTheGuideSays() throws IOException {
        if (Boolean.getBoolean("waakvlam.example.write")) {
            Files.write(EXAMPLE, example());
        }
        List<SheetTable> tables = SpreadsheetReader.read(0, EXAMPLE.getFileName().toString(), Files.readAllBytes(EXAMPLE));
        SheetTable clients = tables.get(0);
        assertThat(clients.headerRow()).isEqualTo(3);
        assertThat(clients.rows()).hasSize(4);
        assertThat(clients.ignored()).extracting(SheetTable.IgnoredRow::reason)
                .containsExactly("aboveHeader", "total", "formulas", "note");
        ColumnMapping mapping = ColumnMapping.guess(clients, TargetField.Kind.CLIENTS);
        assertThat(mapping.columns()).hasSize(CoordinatorWorkbook.HEADERS.size());
        assertThat(tables.get(1).rows()).hasSize(3);
    }
}
