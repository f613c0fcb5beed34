package nl.waakvlam.measurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A programme monitoring round ("Begin 2026"): a window in which every coached client is measured. */
@Entity
@Table(name = "monitoring_round")
class MonitoringRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(name = "created_by", nullable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MonitoringRound() {
    }

    MonitoringRound(String name, LocalDate opensOn, LocalDate closesOn, Long createdBy, Instant createdAt) {
        this.name = name;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }
}
