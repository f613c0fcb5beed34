package nl.waakvlam.reference;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * An item of a reference list: a stable code (what other tables store), a name in Dutch and English,
 * a place in the list and whether it is still offered. Items are never deleted, because history
 * (contacts, goals, ended clients, declined referrals) keeps pointing at them; an item that is no
 * longer wanted is deactivated and keeps its name on old records.
 */
@MappedSuperclass
abstract class ListItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(name = "name_nl", nullable = false)
    private String nameNl;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    private boolean active;

    @Version
    private long version;

    protected ListItem() {
    }

    protected ListItem(String code, String nameNl, String nameEn, int sortOrder) {
        this.code = code;
        this.nameNl = nameNl;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
        this.active = true;
    }

    void rename(String nameNl, String nameEn) {
        this.nameNl = nameNl;
        this.nameEn = nameEn;
    }

    void placeAt(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    void deactivate() {
        active = false;
    }

    void reactivate() {
        active = true;
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

    int getSortOrder() {
        return sortOrder;
    }

    boolean isActive() {
        return active;
    }

    long getVersion() {
        return version;
    }
}
