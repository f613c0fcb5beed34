package nl.waakvlam.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * An execution level (uitvoeringsniveau); a configurable list, seeded with the two defaults. A youth
 * track asks for the expected school-leaving date and the intake category; the other tracks for an
 * indication.
 */
@Entity
@Table(name = "track")
class Track extends ListItem {

    @Column(nullable = false, updatable = false)
    private boolean youth;

    protected Track() {
    }

    Track(String code, String nameNl, String nameEn, int sortOrder, boolean youth) {
        super(code, nameNl, nameEn, sortOrder);
        this.youth = youth;
    }

    boolean isYouth() {
        return youth;
    }
}
