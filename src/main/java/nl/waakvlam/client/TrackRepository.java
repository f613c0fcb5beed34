package nl.waakvlam.client;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface TrackRepository extends JpaRepository<Track, Long> {

    Optional<Track> findByCode(String code);

    List<Track> findByActiveTrueOrderById();
}
