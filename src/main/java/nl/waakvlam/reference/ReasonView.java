package nl.waakvlam.reference;

import nl.waakvlam.shared.Bilingual;

import java.util.Locale;

/** An end or decline reason with its current name in both languages; old records show it even when inactive. */
public record ReasonView(Long id, String code, String nameNl, String nameEn, boolean active) {

    static ReasonView of(ListItem reason) {
        return new ReasonView(reason.getId(), reason.getCode(), reason.getNameNl(), reason.getNameEn(),
                reason.isActive());
    }

    public String name(Locale locale) {
        return Bilingual.pick(locale, nameNl, nameEn);
    }
}
