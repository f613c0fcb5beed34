package nl.waakvlam.reference;

import nl.waakvlam.shared.Bilingual;

import java.util.Locale;

/** A life domain with its name in both languages. */
public record LifeDomainView(Long id, String code, String nameNl, String nameEn) {

    static LifeDomainView of(LifeDomain domain) {
        return new LifeDomainView(domain.getId(), domain.getCode(), domain.getNameNl(), domain.getNameEn());
    }

    public String name(Locale locale) {
        return Bilingual.pick(locale, nameNl, nameEn);
    }
}
