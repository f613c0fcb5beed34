package nl.waakvlam.measurement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * One measurement of one instrument for one client. A scale or ladder has a single score; a
 * matrix has a score per discussed domain. Measurements are recorded, not edited: a mistake is
 * corrected by recording again.
 */
@Entity
@Table(name = "measurement")
class Measurement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(name = "instrument_id", nullable = false)
    private Long instrumentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeasurementMoment moment;

    @Column(name = "round_id")
    private Long roundId;

    @Column(name = "measured_on", nullable = false)
    private LocalDate measuredOn;

    private Integer score;

    private String note;

    @ElementCollection
    @CollectionTable(name = "measurement_score", joinColumns = @JoinColumn(name = "measurement_id"))
    @MapKeyColumn(name = "domain_id")
    @Column(name = "score")
    private Map<Long, Integer> domainScores = new HashMap<>();

    @Column(name = "recorded_by", nullable = false)
    private Long recordedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Measurement() {
    }

    Measurement(Long clientId, Long instrumentId, MeasurementMoment moment, Long roundId, LocalDate measuredOn,
                Integer score, Map<Long, Integer> domainScores, String note, Long recordedBy, Instant createdAt) {
        this.clientId = clientId;
        this.instrumentId = instrumentId;
        this.moment = moment;
        this.roundId = roundId;
        this.measuredOn = measuredOn;
        this.score = score;
        this.domainScores.putAll(domainScores);
        this.note = note;
        this.recordedBy = recordedBy;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }
}
