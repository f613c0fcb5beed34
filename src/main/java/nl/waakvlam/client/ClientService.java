package nl.waakvlam.client;

import nl.waakvlam.coach.CoachService;
import nl.waakvlam.security.AccountService;
import nl.waakvlam.security.AuditAction;
import nl.waakvlam.security.AuditLog;
import nl.waakvlam.security.AuditOutcome;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.security.UserSummary;
import nl.waakvlam.settings.ProgrammeSettings;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Public read API of the client module for other modules (referral pages, dashboard, demo data).
 * Lists and files go through the visibility policy of the user they are asked for.
 */
@Service
@Transactional(readOnly = true)
public class ClientService {

    private final ClientRepository clients;
    private final PhaseChangeRepository phaseChanges;
    private final AssignmentRepository assignments;
    private final ClientQueries queries;
    private final CoachService coaches;
    private final Clock clock;
    private final ClientVisibility visibility;
    private final AccountService accounts;
    private final ProgrammeSettings settings;
    private final AuditLog auditLog;

    ClientService(ClientRepository clients, PhaseChangeRepository phaseChanges, AssignmentRepository assignments,
                  ClientQueries queries, CoachService coaches, Clock clock, ClientVisibility visibility,
                  AccountService accounts, ProgrammeSettings settings, AuditLog auditLog) {
        this.visibility = visibility;
        this.accounts = accounts;
        this.settings = settings;
        this.auditLog = auditLog;
        this.coaches = coaches;
        this.clock = clock;
        this.clients = clients;
        this.phaseChanges = phaseChanges;
        this.assignments = assignments;
        this.queries = queries;
    }

    /**
     * The client's own file for a client's own account, read and audited as a view of the file by the
     * client; empty for anyone else, for a closed account, an ended or an anonymised file
     * ({@link ClientVisibility#ownClient}). Every Mijn Waakvlam page starts here.
     */
    @Transactional
    public Optional<OwnFile> ownFile(CurrentUser user) {
        Optional<Long> own = visibility.ownClient(user);
        if (own.isEmpty()) {
            return Optional.empty();
        }
        Client client = clients.findById(own.get()).orElseThrow();
        auditLog.record(AuditAction.VIEW, client.getId(), "client", client.getId(), AuditOutcome.ALLOWED);
        UserSummary coach = client.getCoachId() == null ? null : accounts.byIds(List.of(client.getCoachId()))
                .get(client.getCoachId());
        String coachFirstName = coach == null || coach.displayName() == null ? null
                : coach.displayName().strip().split("\\s+")[0];
        LocalDateTime visit = assignments.findFirstByClientIdAndRoleAndEndedOnIsNull(client.getId(),
                        AssignmentRole.PRIMARY).map(Assignment::getWarmVisitAt)
                .filter(at -> at.isAfter(LocalDateTime.now(clock))).orElse(null);
        return Optional.of(new OwnFile(client.getId(), client.getFirstName(), client.getCoachId(), coachFirstName,
                settings.current().centralPhone(), visit));
    }

    /**
     * The client's own names (first and last), for checks that a text meant to be anonymous does not
     * name them (an experience story). Not a read of the file: nothing is shown, so nothing is audited.
     */
    @Transactional(readOnly = true)
    public List<String> namesOf(Long clientId) {
        return clients.findById(clientId).map(c -> java.util.stream.Stream.of(c.getFirstName(), c.getLastName())
                .filter(java.util.Objects::nonNull).toList()).orElse(List.of());
    }

    /**
     * Who stands in for this user on this client today: when the user is the client's coach and is
     * absent, the client's designated cover coach, or else the cover named on the absence (as
     * {@link ClientVisibility} gives them the file). Empty otherwise. For messages that must not wait
     * until the coach is back.
     */
    public Optional<Long> standInFor(Long userId, Long clientId) {
        Client client = clients.findById(clientId).orElse(null);
        if (client == null || !userId.equals(client.getCoachId())) {
            return Optional.empty();
        }
        return coaches.absentOn(LocalDate.now(clock)).stream().filter(a -> a.coachId().equals(userId)).findFirst()
                .map(absence -> client.getCoverCoachId() != null ? client.getCoverCoachId() : absence.coverCoachId())
                .filter(cover -> !cover.equals(userId));
    }

    /** A line of the back office's directory: who the client is, the phase and the coaches; nothing of the file. */
    public record DirectoryEntry(Long id, String fullName, Phase phase, Long coachId, Long coverCoachId) {
    }

    /** The back office's directory of clients, by name, audited per listed client (two statements and the audit). */
    @Transactional
    public Page<DirectoryEntry> directory(CurrentUser user, String search, Pageable pageable) {
        return queries.directory(user, search, pageable).map(c -> new DirectoryEntry(c.id(), c.fullName(), c.phase(),
                c.coachId(), c.coverCoachId()));
    }

    /**
     * Name, phase and coaches of these clients, by id, for the back office (no file is opened; one
     * statement); anonymised clients are left out.
     */
    public Map<Long, DirectoryEntry> directoryEntries(Collection<Long> clientIds) {
        Map<Long, DirectoryEntry> entries = new HashMap<>();
        clients.findAllById(clientIds).stream().filter(c -> c.getAnonymisedAt() == null)
                .forEach(c -> entries.put(c.getId(), new DirectoryEntry(c.getId(), c.getFirstName() + " "
                        + c.getLastName(), c.getPhase(), c.getCoachId(), c.getCoverCoachId())));
        return entries;
    }

    /** Clients per phase in lifecycle order, zero rows included; one SQL statement. */
    public List<PhaseCount> countByPhase() {
        Map<Phase, Long> counts = new EnumMap<>(Phase.class);
        clients.countByPhase().forEach(row -> counts.put(row.getPhase(), row.getClients()));
        return Arrays.stream(Phase.values()).map(phase -> new PhaseCount(phase, counts.getOrDefault(phase, 0L)))
                .toList();
    }

    /**
     * Since when a client is coached: the start of the intensive phase, or the intake for a client
     * not started yet (for imports that add history; the caller has passed {@link ClientGate} or
     * created the client itself).
     */
    public LocalDate coachingSince(Long clientId) {
        return clients.findById(clientId).map(Client::coachingSince).orElseThrow();
    }

    /** The clients a referrer referred, newest first (one page, two statements plus labels). */
    public Page<ClientRow> referredBy(CurrentUser referrer, Pageable pageable) {
        return queries.referralsOf(referrer, pageable);
    }

    /** Open referrals (submitted, or accepted and waiting for a match) this user may see, oldest first. */
    public Page<ClientRow> openReferrals(CurrentUser projectLeader, Pageable pageable) {
        return queries.intakeQueue(projectLeader, pageable);
    }

    /** Names of the clients among these that this user may see (inbox lines, lists); one statement. */
    public Map<Long, String> visibleNames(CurrentUser user, Collection<Long> clientIds) {
        return queries.visibleNames(user, clientIds);
    }

    /** The client file as this user may see it, audited; "not found" outside the user's reach. */
    @Transactional
    public ClientFile file(CurrentUser user, Long clientId) {
        return queries.file(user, clientId);
    }

    /** How many clients of a track each coach has been primary coach for (current and past), by coach id. */
    public Map<Long, Long> primaryClientsPerCoachInTrack(Long trackId) {
        Map<Long, Long> experience = new HashMap<>();
        assignments.experienceWithTrack(trackId).forEach(row -> experience.put(row.getCoachId(), row.getClients()));
        return experience;
    }
}
