package nl.waakvlam.sharing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReadabilityHintsTests {

    @ParameterizedTest
    @CsvSource({
            "werk, 1", "huis, 1", "nieuw, 1", "draaien, 2", "mooie, 2", "groeien, 2", "bureau, 2",
            "afspraak, 2", "baby, 2", "naïef, 2", "ideeën, 3", "reünie, 3", "gemeente, 3",
            "ondersteuning, 4", "dagbesteding, 4", "samenwerking, 4", "informatie, 4",
            "participatie, 5", "maatschappelijke, 5", "geïnteresseerd, 5", "schuldhulpverlening, 5",
            "verantwoordelijkheid, 6", "ontwikkelingsperspectief, 7", "Coëfficiënt, 5"})
    void countsDutchSyllablesWithVowelGroupsAsOne(String word, int syllables) {
        assertThat(ReadabilityHints.syllables(word)).as(word).isEqualTo(syllables);
    }

    @Test
    void marksSentencesOverTwentyWordsAndWordsOverFourSyllables() {
        String text = """
                Hoe het gaat
                Op dinsdag hebben we samen met zijn moeder en de begeleider van school een lang gesprek gehad \
                over werk, geld, wonen en de toekomst van Daan. Het gaat goed.
                - Het ontwikkelingsperspectief is besproken. Het Ontwikkelingsperspectief blijft.
                - Hij zoekt ondersteuning bij participatie.""";

        ReadabilityHints hints = ReadabilityHints.of(text);

        assertThat(hints.longSentences()).containsExactly(
                new ReadabilityHints.LongSentence(26, "Op dinsdag hebben we samen met …"));
        assertThat(hints.longWords()).containsExactly("ontwikkelingsperspectief", "participatie");
        assertThat(hints.empty()).isFalse();
    }

    @Test
    void aSentenceOfExactlyTwentyWordsAndAnEmptyTextGiveNoHints() {
        String twenty = "een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien "
                + "zestien zeventien achttien negentien twintig.";
        assertThat(ReadabilityHints.of(twenty).empty()).isTrue();
        assertThat(ReadabilityHints.of("  ").empty()).isTrue();
        assertThat(ReadabilityHints.of(null).empty()).isTrue();
    }
}
