package nl.waakvlam.imports;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How cells become names, dates and minutes, and how columns are linked by their headers. */
class ImportRulesTests {

    @Test
    void namesSplitOnTheFirstSpaceOrAroundAComma() {
        assertThat(ImportCheck.splitName(" Sem  de Wit ")).containsExactly("Sem", "de Wit");
        assertThat(ImportCheck.splitName("Vries, Jan de")).containsExactly("Jan de", "Vries");
        assertThat(ImportCheck.splitName("Sem")).isNull();
        assertThat(ImportCheck.splitName(", Sem")).isNull();
    }

    @Test
    void datesAreReadTheDutchWayAsIsoWithMonthWordsOrAsExcelDayNumbers() {
        assertThat(CellValues.date("14-3-2007")).contains(LocalDate.of(2007, 3, 14));
        assertThat(CellValues.date("14/03/2007")).contains(LocalDate.of(2007, 3, 14));
        assertThat(CellValues.date("14.03.2007")).contains(LocalDate.of(2007, 3, 14));
        assertThat(CellValues.date("2007-03-14")).contains(LocalDate.of(2007, 3, 14));
        assertThat(CellValues.dateTime("2-11-2026 14:30").orElseThrow().time()).isEqualTo(LocalTime.of(14, 30));
        assertThat(CellValues.dateTime("2026-11-02T09:05").orElseThrow().time()).isEqualTo(LocalTime.of(9, 5));
        assertThat(CellValues.date("31-02-2026")).isEmpty();
        // a two-digit year: this century's up to this year, the last century's after it
        assertThat(CellValues.date("14-3-07")).contains(LocalDate.of(2007, 3, 14));
        int nextYear = (java.time.Year.now().getValue() + 1) % 100;
        assertThat(CellValues.date(String.format("1-5-%02d", nextYear))).contains(
                LocalDate.of(java.time.Year.now().getValue() + 1 - 100, 5, 1));
        assertThat(CellValues.date("31 jan 2007")).contains(LocalDate.of(2007, 1, 31));
        assertThat(CellValues.date("31 januari 2007")).contains(LocalDate.of(2007, 1, 31));
        assertThat(CellValues.date("3-mrt-2025")).contains(LocalDate.of(2025, 3, 3));
        assertThat(CellValues.date("1 okt. 25")).contains(LocalDate.of(2025, 10, 1));
        assertThat(CellValues.date("31 foo 2007")).isEmpty();
        // the day number Excel keeps when a date column loses its format: the same day as its Dutch text
        assertThat(CellValues.date("39113")).isEqualTo(CellValues.date("31-1-2007"));
        assertThat(CellValues.date("1999")).isEmpty();
        assertThat(CellValues.date("3/14/2007")).isEmpty();
        assertThat(CellValues.dateTime("2-11-2026 25:61")).isEmpty();
        assertThat(CellValues.date("gisteren")).isEmpty();
    }

    @Test
    void minutesMayCarryTheirUnit() {
        assertThat(CellValues.minutes("45")).contains(45);
        assertThat(CellValues.minutes("45 min")).contains(45);
        assertThat(CellValues.minutes("45 minuten")).contains(45);
        assertThat(CellValues.minutes("1,5 uur")).isEmpty();
    }

    @Test
    void columnsAreLinkedByTheirHeadersExactNamesFirst() {
        SheetTable table = new SheetTable("0-0", "x.csv", null, List.of("Cliëntnummer", "Naam", "Geboortedatum",
                "Uitvoeringsniveau", "Fase", "Startdatum", "Fase sinds", "Lifecoach (gebruikersnaam)",
                "Aanmelder (organisatie)", "Opmerking"), List.of());

        ColumnMapping mapping = ColumnMapping.guess(table, TargetField.Kind.CLIENTS);

        assertThat(mapping.columns()).containsEntry(TargetField.CLIENT_REFERENCE, 0)
                .containsEntry(TargetField.NAME, 1).containsEntry(TargetField.DATE_OF_BIRTH, 2)
                .containsEntry(TargetField.TRACK, 3).containsEntry(TargetField.PHASE, 4)
                .containsEntry(TargetField.START_DATE, 5).containsEntry(TargetField.PHASE_SINCE, 6)
                .containsEntry(TargetField.COACH, 7).containsEntry(TargetField.REFERRING_ORGANISATION, 8)
                .containsEntry(TargetField.REMARK, 9).doesNotContainKey(TargetField.LAST_NAME).hasSize(10);
        assertThat(ColumnMapping.decode(mapping.encode())).isEqualTo(mapping);
        assertThat(ColumnMapping.decode("NAME=1;GONE=4;PHASE=x")).isEqualTo(
                new ColumnMapping(Map.of(TargetField.NAME, 1)));
    }

    @Test
    void theRememberedMappingIsKeyedByTheHeadersNotTheirSpelling() {
        assertThat(ColumnMapping.headerKey(List.of("Cliëntnummer", "Naam")))
                .isEqualTo(ColumnMapping.headerKey(List.of("clientnummer ", "NAAM")))
                .isNotEqualTo(ColumnMapping.headerKey(List.of("Naam", "Cliëntnummer")));
    }
}
