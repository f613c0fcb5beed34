package nl.waakvlam.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * The column mapping last used for a table with these column headers, for the whole programme: the
 * next file with the same columns opens the mapping page already filled in, whoever uploads it.
 */
@Entity
@Table(name = "import_mapping")
class SavedMapping {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TargetField.Kind kind;

    @Column(name = "header_key", nullable = false)
    private String headerKey;

    @Column(nullable = false)
    private String columns;

    @Column(name = "saved_by", nullable = false)
    private Long savedBy;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Version
    private long version;

    protected SavedMapping() {
    }

    SavedMapping(TargetField.Kind kind, String headerKey) {
        this.kind = kind;
        this.headerKey = headerKey;
    }

    void save(ColumnMapping mapping, Long by, Instant now) {
        this.columns = mapping.encode();
        this.savedBy = by;
        this.savedAt = now;
    }

    ColumnMapping mapping() {
        return ColumnMapping.decode(columns);
    }
}
