package nl.waakvlam.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** What an avoided cost of one kind is usually worth (whole euros), and where that figure comes from. */
@Entity
@Table(name = "avoided_cost_kind")
class AvoidedCostKind {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name_nl", nullable = false)
    private String nameNl;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "reference_amount", nullable = false)
    private int referenceAmount;

    @Column(nullable = false)
    private String source;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    protected AvoidedCostKind() {
    }

    AvoidedCostKind(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    void set(String nameNl, String nameEn, int referenceAmount, String source, boolean active) {
        this.nameNl = nameNl;
        this.nameEn = nameEn;
        this.referenceAmount = referenceAmount;
        this.source = source;
        this.active = active;
    }

    Long getId() {
        return id;
    }

    String getNameNl() {
        return nameNl;
    }

    String getNameEn() {
        return nameEn;
    }

    int getReferenceAmount() {
        return referenceAmount;
    }

    String getSource() {
        return source;
    }

    boolean isActive() {
        return active;
    }

    int getSortOrder() {
        return sortOrder;
    }

    long getVersion() {
        return version;
    }
}
