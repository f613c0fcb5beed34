package nl.waakvlam.shared;

import java.util.Locale;

/** Reference data carries its text in Dutch and English; this picks the one for a locale (Dutch first). */
public final class Bilingual {

    private Bilingual() {
    }

    public static String pick(Locale locale, String nl, String en) {
        return "en".equals(locale.getLanguage()) ? en : nl;
    }
}
