package nl.waakvlam.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Why support ended (reden van beëindiging); {@code client.end_reason} stores the code. */
@Entity
@Table(name = "end_reason")
class EndReason extends ListItem {

    protected EndReason() {
    }

    EndReason(String code, String nameNl, String nameEn, int sortOrder) {
        super(code, nameNl, nameEn, sortOrder);
    }
}
