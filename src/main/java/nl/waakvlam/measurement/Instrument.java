package nl.waakvlam.measurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.time.Instant;

/**
 * An instrument as configured for this deployment. Only the switch is edited here; the scale,
 * labels and domains are data loaded by the migrations.
 */
@Entity
@Table(name = "instrument")
class Instrument {

    @Id
    private Long id;

    @Column(nullable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InstrumentKind kind;

    @Column(nullable = false)
    private boolean enabled;

    @Column(nullable = false)
    private boolean licensed;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Instrument() {
    }

    void switchTo(boolean on, long seenVersion, Instant now) {
        if (seenVersion != version) {
            throw new ObjectOptimisticLockingFailureException(Instrument.class, id);
        }
        this.enabled = on;
        this.updatedAt = now;
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    boolean isEnabled() {
        return enabled;
    }
}
