package nl.waakvlam.client;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Public API of the client module. */
@Service
@Transactional(readOnly = true)
public class ClientService {

    private final ClientRepository clients;
    private final TrackRepository tracks;
    private final Clock clock;

    ClientService(ClientRepository clients, TrackRepository tracks, Clock clock) {
        this.clients = clients;
        this.tracks = tracks;
        this.clock = clock;
    }

    @Transactional
    public Long register(NewClient command) {
        return clients.save(new Client(command, clock.instant())).getId();
    }

    public boolean exists(String firstName, String lastName, java.time.LocalDate dateOfBirth) {
        return clients.existsByFirstNameAndLastNameAndDateOfBirth(firstName, lastName, dateOfBirth);
    }

    public List<TrackSummary> activeTracks() {
        return tracks.findByActiveTrueOrderById().stream().map(TrackSummary::of).toList();
    }

    public Optional<TrackSummary> track(String code) {
        return tracks.findByCode(code).map(TrackSummary::of);
    }

    /** The clients assigned to this coach, one page. */
    public Page<ClientListItem> caseloadOf(Long coachId, Pageable pageable) {
        return clients.caseloadOf(coachId, pageable);
    }

    /** The clients this referrer referred, newest first. */
    public Page<ClientListItem> referredBy(Long referrerId, Pageable pageable) {
        return clients.referredBy(referrerId, pageable);
    }

    /** Clients per phase in lifecycle order, zero rows included; one SQL statement. */
    public List<PhaseCount> countByPhase() {
        Map<Phase, Long> counts = new EnumMap<>(Phase.class);
        clients.countByPhase().forEach(row -> counts.put(row.getPhase(), row.getClients()));
        return Arrays.stream(Phase.values()).map(phase -> new PhaseCount(phase, counts.getOrDefault(phase, 0L)))
                .toList();
    }
}
