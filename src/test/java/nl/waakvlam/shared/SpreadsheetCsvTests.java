package nl.waakvlam.shared;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The one CSV writer: Dutch Excel opens what it writes, and no cell runs as a formula. */
class SpreadsheetCsvTests {

    @Test
    void aByteOrderMarkSemicolonsAndDecimalCommas() {
        String csv = new String(SpreadsheetCsv.bytes(List.of(List.of("Naam", "Score"),
                Arrays.asList("Zoë", 6.25), Arrays.asList("Daan; de Boer", new BigDecimal("7.50")),
                Arrays.asList(null, 12))), StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFFNaam;Score\r\nZoë;6,25\r\n\"Daan; de Boer\";7,5\r\n\"\";12\r\n");
    }

    @Test
    void formulaCellsAreNeutralisedAndNumbersStayNumbers() {
        for (String canary : List.of("=HYPERLINK(\"http://example.invalid\",\"Klik\")", "+31 6 1234", "-2+3",
                "@SUM(A1)", "\t=1", "\r=1")) {
            assertThat(SpreadsheetCsv.cell(canary)).as(canary).startsWith("'");
        }
        assertThat(SpreadsheetCsv.cell("-1")).isEqualTo("-1");
        assertThat(SpreadsheetCsv.cell("-0,5")).isEqualTo("-0,5");
        assertThat(SpreadsheetCsv.cell(-3)).isEqualTo("-3");
        assertThat(SpreadsheetCsv.cell("gewoon")).isEqualTo("gewoon");
    }

    @Test
    void momentsInDutchLocalTimeAndDatesAsSpreadsheetsSortThem() {
        assertThat(SpreadsheetCsv.cell(Instant.parse("2026-07-01T10:15:00Z"))).isEqualTo("2026-07-01 12:15");
        assertThat(SpreadsheetCsv.cell(Instant.parse("2026-12-07T10:15:00Z"))).isEqualTo("2026-12-07 11:15");
        assertThat(SpreadsheetCsv.cell(LocalDate.of(2007, 1, 31))).isEqualTo("2007-01-31");
        assertThat(SpreadsheetCsv.cell(Double.NaN)).isEmpty();
    }

    @Test
    void noOtherClassWritesCsv() {
        noClasses().that().doNotHaveFullyQualifiedName(SpreadsheetCsv.class.getName())
                .should().dependOnClassesThat().areAssignableTo(CSVPrinter.class)
                .because("every CSV goes through SpreadsheetCsv: Dutch Excel, formula-safe")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("nl.waakvlam"));
    }
}
