package nl.waakvlam.shared;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTests {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Test
    void writesOneDateFormatInEitherLanguage() {
        LocalDate day = LocalDate.of(2026, 11, 25);
        assertThat(Dates.date(day, DUTCH)).isEqualTo("25 nov 2026");
        assertThat(Dates.date(LocalDate.of(2026, 3, 2), DUTCH)).isEqualTo("2 mrt 2026");
        assertThat(Dates.date(day, Locale.ENGLISH)).isEqualTo("25 Nov 2026");
        assertThat(Dates.date(null, DUTCH)).isEmpty();
    }

    @Test
    void writesInstantsInAmsterdamTimeWithTheTime() {
        // 23:30 UTC on 24 November is already the 25th in Amsterdam
        Instant lateEvening = Instant.parse("2026-11-24T23:30:00Z");
        assertThat(Dates.dateTime(lateEvening, DUTCH)).isEqualTo("25 nov 2026 00:30");
        assertThat(Dates.date(lateEvening, DUTCH)).isEqualTo("25 nov 2026");
        assertThat(Dates.dateTime(LocalDate.of(2026, 5, 1), DUTCH)).isEqualTo("1 mei 2026");
    }

    @Test
    void writesTheFarFutureThatAHandMadeLinkCanAskFor() {
        assertThat(Dates.date(LocalDate.of(9999, 12, 31).plusDays(1), DUTCH)).isEqualTo("1 jan 10000");
    }
}
