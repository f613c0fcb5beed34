package nl.waakvlam.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An execution level (uitvoeringsniveau); a configurable list, seeded with the two defaults. */
@Entity
@Table(name = "track")
class Track {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String code;

    @Column(name = "name_nl", nullable = false)
    private String nameNl;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    private boolean youth;

    private boolean active;

    protected Track() {
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    String getNameNl() {
        return nameNl;
    }

    String getNameEn() {
        return nameEn;
    }

    boolean isYouth() {
        return youth;
    }

    boolean isActive() {
        return active;
    }
}
