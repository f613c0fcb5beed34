package nl.waakvlam.portal;

import nl.waakvlam.sharing.ReadabilityHints;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Dutch text on the client's own pages is B1: no sentence over 20 words and no word over four
 * syllables, by the same aid the coach gets for progress reports; names on a short allow-list.
 */
class PlainLanguageTests {

    /** Names and words a client knows from the programme itself. */
    static final Set<String> ALLOWED = Set.of("waakvlam");

    @Test
    void everyTextOnMijnWaakvlamIsB1() throws IOException {
        Properties dutch = new Properties();
        try (var in = getClass().getResourceAsStream("/i18n/messages.properties")) {
            dutch.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> texts = dutch.stringPropertyNames().stream()
                .filter(key -> key.startsWith("mine.") || key.equals("layout.nav.mine")).sorted().toList();
        assertThat(texts).hasSizeGreaterThan(20);
        List<String> hard = new ArrayList<>();
        for (String key : texts) {
            // the words around a placeholder are what the client reads; a choice keeps each of its texts
            String text = dutch.getProperty(key).replaceAll("\\{\\d+(,[^}|]*)?}", "").replaceAll("[{}|#<]", " ")
                    .replace("''", "'");
            ReadabilityHints hints = ReadabilityHints.of(text);
            hints.longSentences().forEach(sentence -> hard.add(key + ": " + sentence.words() + " words"));
            hints.longWords().stream().filter(word -> !ALLOWED.contains(word.toLowerCase()))
                    .forEach(word -> hard.add(key + ": " + word));
        }
        assertThat(hard).as("sentences over 20 words or words over four syllables on /mijn").isEmpty();
    }
}
