package nl.waakvlam.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** The retention period of one record type, in years. */
@Entity
@Table(name = "retention_rule")
class RetentionRule {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "record_type")
    private RecordType recordType;

    @Column(nullable = false)
    private int years;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Version
    private long version;

    protected RetentionRule() {
    }

    /** Sets the period; never below the record type's minimum (five years for the audit trail). */
    void change(int newYears, Long by, Instant at) {
        if (newYears < recordType.minimumYears() || newYears > RecordType.MAXIMUM_YEARS) {
            throw new IllegalArgumentException("retention period out of range for " + recordType);
        }
        this.years = newYears;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    RecordType getRecordType() {
        return recordType;
    }

    int getYears() {
        return years;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
