package nl.waakvlam.benchmark.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A visit to the vet. */
@Entity
@Table(name = "visits")
public class Visit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;
    @Column(name = "visit_date")
    private LocalDate date;
    private String description;

    public LocalDate getDate() {
        return date;
    }

    public String getDescription() {
        return description;
    }
}
