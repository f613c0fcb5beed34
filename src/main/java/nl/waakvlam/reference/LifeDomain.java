package nl.waakvlam.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A life domain (leefgebied); a configurable list seeded with the spec's defaults. */
@Entity
@Table(name = "life_domain")
class LifeDomain extends ListItem {

    protected LifeDomain() {
    }

    LifeDomain(String code, String nameNl, String nameEn, int sortOrder) {
        super(code, nameNl, nameEn, sortOrder);
    }
}
