package nl.waakvlam.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Why a referral was declined at intake (reden van afwijzing); the referral stores the code. */
@Entity
@Table(name = "decline_reason")
class DeclineReason extends ListItem {

    protected DeclineReason() {
    }

    DeclineReason(String code, String nameNl, String nameEn, int sortOrder) {
        super(code, nameNl, nameEn, sortOrder);
    }
}
