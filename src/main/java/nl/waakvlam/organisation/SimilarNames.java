package nl.waakvlam.organisation;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether two organisation names probably mean the same organisation, so that the sociale kaart does
 * not grow a second "SDD Drechtoever" beside "Sociale Dienst Drechtoever". Two names are alike when,
 * ignoring case, accents and punctuation, they are equal; when one is the initials of the other
 * ("SDD" and "Sociale Dienst Drechtoever", also as the first word of the shorter name); or when they
 * share a distinctive word of four letters or more ("Drechtoever", "Brug"), words that many organisations
 * carry ("stichting", "gemeente", "school") not counted. A warning, not a rule: the administrator can
 * still create the new one.
 */
final class SimilarNames {

    /** Words too common in Dutch organisation names to say two names are the same organisation. */
    private static final Set<String> COMMON = Set.of("stichting", "gemeente", "school", "scholen", "college",
            "praktijkschool", "dienst", "sociale", "sociaal", "centrum", "zorg", "jeugd", "jongeren", "welzijn",
            "wonen", "werk", "team", "wijkteam", "huisarts", "huisartsen", "praktijk", "afdeling", "regio",
            "groep", "nederland", "vereniging", "instelling", "organisatie", "voortgezet", "onderwijs",
            "speciaal", "kinderen", "volwassenen", "schuldhulp", "schuldhulpverlening", "verslavingszorg",
            "leger", "service", "services", "oost", "west", "noord", "zuid", "stad", "midden", "huis");

    /** Articles, prepositions and legal forms, which say nothing about which organisation it is. */
    private static final Set<String> LITTLE_WORDS = Set.of("de", "het", "een", "van", "voor", "en", "in", "op", "te",
            "bv", "b");

    private SimilarNames() {
    }

    static boolean alike(String one, String other) {
        List<String> a = words(one);
        List<String> b = words(other);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b) || initialsMatch(a, b) || initialsMatch(b, a)) {
            return true;
        }
        Set<String> distinctive = a.stream().filter(w -> w.length() >= 4 && !COMMON.contains(w))
                .collect(Collectors.toSet());
        return b.stream().anyMatch(distinctive::contains);
    }

    /** "sdd" (first word of a) against the initials of b's words, or of b's words but the last. */
    private static boolean initialsMatch(List<String> a, List<String> b) {
        String acronym = a.get(0);
        if (acronym.length() < 2 || b.size() < 2) {
            return false;
        }
        String initials = b.stream().map(w -> w.substring(0, 1)).collect(Collectors.joining());
        return initials.equals(acronym) || initials.startsWith(acronym) && acronym.length() >= 3;
    }

    static List<String> words(String name) {
        if (name == null) {
            return List.of();
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(plain.split("[^a-z0-9]+")).filter(w -> !w.isEmpty())
                .filter(w -> !LITTLE_WORDS.contains(w))
                .toList();
    }
}
