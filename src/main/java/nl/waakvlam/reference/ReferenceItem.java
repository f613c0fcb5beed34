package nl.waakvlam.reference;

import nl.waakvlam.shared.Bilingual;

import java.util.Locale;

/**
 * An item of a reference list as the administrator edits it: names, whether it is offered, its
 * version for the concurrent-edit check, and for tracks whether it is a youth track.
 */
public record ReferenceItem(Long id, String code, String nameNl, String nameEn, boolean active, long version,
                            boolean youth) {

    static ReferenceItem of(ListItem item) {
        return new ReferenceItem(item.getId(), item.getCode(), item.getNameNl(), item.getNameEn(), item.isActive(),
                item.getVersion(), item instanceof Track track && track.isYouth());
    }

    public String name(Locale locale) {
        return Bilingual.pick(locale, nameNl, nameEn);
    }
}
