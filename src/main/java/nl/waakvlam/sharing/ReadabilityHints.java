package nl.waakvlam.sharing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain-language (B1) hints for a report text: sentences of more than {@value #MAX_WORDS} words and
 * words of more than {@value #MAX_SYLLABLES} syllables. Hints only — a text with hints is saved and
 * released like any other.
 * <p>
 * Syllables are counted with a plain Dutch heuristic instead of a hyphenation dictionary: every
 * vowel sound is one syllable, where a vowel group that is pronounced as one sound (aa, ee, oo, uu,
 * ie, oe, eu, ui, ei, ij, au, ou, and aai, ooi, oei, eeu, ieu, eau) counts once, and a vowel with a
 * diaeresis (ideeën, geïnteresseerd) starts a new syllable. That is right for nearly every Dutch
 * word and good enough to point at the long ones.
 *
 * @param longSentences sentences over the limit, in the order of the text
 * @param longWords     distinct long words, in the order of the text, as first written
 */
public record ReadabilityHints(List<LongSentence> longSentences, List<String> longWords) {

    /** A sentence with more words than this is a hint. */
    static final int MAX_WORDS = 20;
    /** A word with more syllables than this is a hint. */
    static final int MAX_SYLLABLES = 4;
    /** How many words of a long sentence the hint quotes. */
    static final int QUOTED_WORDS = 6;

    /** Sentences end at a full stop, question or exclamation mark followed by a space, or at a line break. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+|\\R");
    /** A word for counting: letters and digits, with inner hyphens and apostrophes ("3-4-2026", "auto's"). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");
    /** A word for syllables: letters only; the parts of a hyphenated compound count on their own. */
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

    private static final List<String> VOWEL_GROUPS = List.of("aai", "ooi", "oei", "eeu", "ieu", "eau",
            "aa", "ee", "oo", "uu", "ie", "oe", "eu", "ui", "ei", "ij", "au", "ou");

    public ReadabilityHints {
        longSentences = List.copyOf(longSentences);
        longWords = List.copyOf(longWords);
    }

    /** A sentence over the word limit: its length and its first words. */
    public record LongSentence(int words, String start) {
    }

    public boolean empty() {
        return longSentences.isEmpty() && longWords.isEmpty();
    }

    public static ReadabilityHints of(String text) {
        if (text == null || text.isBlank()) {
            return new ReadabilityHints(List.of(), List.of());
        }
        List<LongSentence> sentences = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(text)) {
            Matcher words = WORD.matcher(sentence);
            int count = 0;
            int quoteEnd = 0;
            while (words.find()) {
                count++;
                if (count == QUOTED_WORDS) {
                    quoteEnd = words.end();
                }
            }
            if (count > MAX_WORDS) {
                sentences.add(new LongSentence(count, quote(sentence, quoteEnd)));
            }
        }
        Map<String, String> longWords = new LinkedHashMap<>();
        Matcher letters = LETTERS.matcher(text);
        while (letters.find()) {
            String word = letters.group();
            if (syllables(word) > MAX_SYLLABLES) {
                longWords.putIfAbsent(word.toLowerCase(Locale.ROOT), word);
            }
        }
        return new ReadabilityHints(sentences, List.copyOf(longWords.values()));
    }

    /** The first words of a sentence, without a list dash, followed by an ellipsis. */
    private static String quote(String sentence, int end) {
        String start = sentence.substring(0, end).strip();
        if (start.startsWith("- ") || start.startsWith("* ")) {
            start = start.substring(2).strip();
        }
        return start + " …";
    }

    /** Syllables in a Dutch word, by the heuristic described on the class. */
    static int syllables(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        int n = lower.length();
        char[] plain = new char[n];
        boolean[] startsSyllable = new boolean[n];
        for (int i = 0; i < n; i++) {
            char c = lower.charAt(i);
            plain[i] = plain(c);
            startsSyllable[i] = "äëïöü".indexOf(c) >= 0;
        }
        String letters = new String(plain);
        int count = 0;
        int i = 0;
        while (i < n) {
            if ("aeiouy".indexOf(plain[i]) < 0) {
                i++;
                continue;
            }
            int length = 1;
            for (String group : VOWEL_GROUPS) {
                if (letters.startsWith(group, i) && !diaeresisWithin(startsSyllable, i, group.length())) {
                    length = group.length();
                    break;
                }
            }
            count++;
            i += length;
        }
        return count;
    }

    private static boolean diaeresisWithin(boolean[] startsSyllable, int from, int length) {
        for (int k = from + 1; k < from + length; k++) {
            if (startsSyllable[k]) {
                return true;
            }
        }
        return false;
    }

    /** A vowel with an accent or diaeresis as its plain vowel; anything else as it is. */
    private static char plain(char c) {
        return switch (c) {
            case 'á', 'à', 'â', 'ä' -> 'a';
            case 'é', 'è', 'ê', 'ë' -> 'e';
            case 'í', 'ì', 'î', 'ï' -> 'i';
            case 'ó', 'ò', 'ô', 'ö' -> 'o';
            case 'ú', 'ù', 'û', 'ü' -> 'u';
            default -> c;
        };
    }
}
