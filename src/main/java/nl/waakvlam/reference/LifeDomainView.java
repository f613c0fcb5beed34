package nl.waakvlam.reference;

import nl.waakvlam.shared.Bilingual;
import nl.waakvlam.shared.Choice;

import java.util.Locale;

/** A life domain with its name in both languages. */
public record LifeDomainView(Long id, String code, String nameNl, String nameEn) implements Choice {

    static LifeDomainView of(LifeDomain domain) {
        return new LifeDomainView(domain.getId(), domain.getCode(), domain.getNameNl(), domain.getNameEn());
    }

    public String name(Locale locale) {
        return Bilingual.pick(locale, nameNl, nameEn);
    }

    @Override
    public String choiceValue() {
        return String.valueOf(id);
    }

    @Override
    public String choiceLabel(Locale locale) {
        return name(locale);
    }
}
