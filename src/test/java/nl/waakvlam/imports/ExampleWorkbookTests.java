package nl.waakvlam.imports;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example registration in {@code docs/import/} is the one the import page offers. Run with
 * {@code -Dwaakvlam.writeImportExamples=true} to write the files again after changing
 * {@link ExampleWorkbook}.
 */
class ExampleWorkbookTests {

    static final Path DOCS = Path.of("docs", "import");

    @Test
    void theExamplesInTheDocsAreTheOnesThePageOffers() throws IOException {
        if (Boolean.getBoolean("waakvlam.writeImportExamples")) {
            Files.createDirectories(DOCS);
            Files.write(DOCS.resolve(ExampleWorkbook.WORKBOOK), ExampleWorkbook.workbook());
            Files.write(DOCS.resolve(ExampleWorkbook.CLIENTS_CSV), ExampleWorkbook.clientsCsv());
            Files.write(DOCS.resolve(ExampleWorkbook.CONTACTS_CSV), ExampleWorkbook.contactsCsv());
        }
        // a workbook's bytes carry the moment it was written; its sheets are what must agree
        assertThat(SpreadsheetReader.read(0, ExampleWorkbook.WORKBOOK,
                Files.readAllBytes(DOCS.resolve(ExampleWorkbook.WORKBOOK))))
                .isEqualTo(SpreadsheetReader.read(0, ExampleWorkbook.WORKBOOK, ExampleWorkbook.workbook()));
        assertThat(Files.readAllBytes(DOCS.resolve(ExampleWorkbook.CLIENTS_CSV))).isEqualTo(ExampleWorkbook.clientsCsv());
        assertThat(Files.readAllBytes(DOCS.resolve(ExampleWorkbook.CONTACTS_CSV)))
                .isEqualTo(ExampleWorkbook.contactsCsv());
    }

    @Test
    void theExampleIsLaidOutLikeTheProgrammesRegistration() {
        List<SheetTable> tables = SpreadsheetReader.read(0, ExampleWorkbook.WORKBOOK, ExampleWorkbook.workbook());

        assertThat(tables).extracting(SheetTable::sheetName).containsExactly("Cliënten", "Contactmomenten",
                "Toelichting");
        assertThat(tables.get(0).headers()).contains("Naam", "Geboortedatum", "Uitvoeringsniveau", "Fase",
                "Aanmelddatum", "Startdatum", "Lifecoach (gebruikersnaam)", "Aanmelder (organisatie)");
        assertThat(tables.get(0).rows()).hasSize(ExampleWorkbook.CLIENTS.size());
        assertThat(tables.get(1).rows()).hasSize(ExampleWorkbook.CONTACTS.size());
        assertThat(SpreadsheetReader.decode(ExampleWorkbook.clientsCsv())).contains("Cliëntnummer;Naam;")
                .contains("Özcan Demir").contains("Chloë Janssen");
    }
}
