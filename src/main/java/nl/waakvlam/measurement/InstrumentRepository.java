package nl.waakvlam.measurement;

import org.springframework.data.jpa.repository.JpaRepository;

interface InstrumentRepository extends JpaRepository<Instrument, Long> {
}
