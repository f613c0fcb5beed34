package nl.waakvlam.reference;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrackRepository extends JpaRepository<Track, Long> {
}
