package nl.waakvlam.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A life domain (leefgebied); a configurable list seeded with the spec's defaults. */
@Entity
@Table(name = "life_domain")
class LifeDomain {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String code;

    @Column(name = "name_nl", nullable = false)
    private String nameNl;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    private boolean active;

    protected LifeDomain() {
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

    boolean isActive() {
        return active;
    }
}
