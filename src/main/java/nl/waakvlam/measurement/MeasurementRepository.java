package nl.waakvlam.measurement;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeasurementRepository extends JpaRepository<Measurement, Long> {
}
