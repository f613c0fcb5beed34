package nl.waakvlam.client;

import nl.waakvlam.security.AccountService;
import nl.waakvlam.security.UserSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Public API of the client module for other modules (dashboard, demo data). */
@Service
@Transactional(readOnly = true)
public class ClientService {

    private final ClientRepository clients;
    private final ReferralRepository referrals;
    private final PhaseChangeRepository phaseChanges;
    private final AssignmentRepository assignments;
    private final TrackRepository tracks;
    private final AccountService accounts;

    ClientService(ClientRepository clients, ReferralRepository referrals, PhaseChangeRepository phaseChanges,
                  AssignmentRepository assignments, TrackRepository tracks, AccountService accounts) {
        this.clients = clients;
        this.referrals = referrals;
        this.phaseChanges = phaseChanges;
        this.assignments = assignments;
        this.tracks = tracks;
        this.accounts = accounts;
    }

    public List<TrackSummary> activeTracks() {
        return tracks.findByActiveTrueOrderById().stream().map(TrackSummary::of).toList();
    }

    public Optional<TrackSummary> track(String code) {
        return tracks.findByCode(code).map(TrackSummary::of);
    }

    /** Clients per phase in lifecycle order, zero rows included; one SQL statement. */
    public List<PhaseCount> countByPhase() {
        Map<Phase, Long> counts = new EnumMap<>(Phase.class);
        clients.countByPhase().forEach(row -> counts.put(row.getPhase(), row.getClients()));
        return Arrays.stream(Phase.values()).map(phase -> new PhaseCount(phase, counts.getOrDefault(phase, 0L)))
                .toList();
    }

    /** The referrer of a client (the caller has passed {@link ClientGate}). */
    public Long referrerOf(Long clientId) {
        return clients.findById(clientId).map(Client::getReferrerId).orElse(null);
    }

    /** A client's phase history, oldest first (the caller has passed {@link ClientGate}). */
    public List<PhaseStep> phaseSteps(Long clientId) {
        List<PhaseChange> changes = new ArrayList<>(phaseChanges.findByClientIdOrderByChangedOnDescIdDesc(clientId));
        java.util.Collections.reverse(changes);
        return changes.stream().map(c -> new PhaseStep(c.getFromPhase(), c.getToPhase(), c.getChangedOn())).toList();
    }

    /** Brings in a client with the history it has already lived; one transaction. */
    @Transactional
    public Long importClient(ImportedClient command) {
        UserSummary referrer = accounts.byIds(List.of(command.referrerId())).get(command.referrerId());
        Instant referredAt = command.referredOn().atTime(10, 0).toInstant(ZoneOffset.UTC);
        Client client = clients.save(new Client(command.identity(), command.details(), referrer.organisationId(),
                referrer.departmentId(), referrer.id(), command.phase(), command.phaseSince(), referredAt));
        Referral referral = new Referral(client.getId(), referrer.id(), referrer.id(), referredAt, command.details());

        List<Phase> path = pathTo(command.phase());
        long span = Math.max(1, ChronoUnit.DAYS.between(command.referredOn(), command.phaseSince()));
        LocalDate startedOn = null;
        LocalDate intakeOn = null;
        for (int i = 0; i < path.size(); i++) {
            LocalDate on = i == path.size() - 1 ? command.phaseSince()
                    : command.referredOn().plusDays(span * i / Math.max(1, path.size() - 1));
            Phase to = path.get(i);
            Phase from = i == 0 ? null : path.get(i - 1);
            String reason = switch (to) {
                case REFERRED -> "referral.submitted";
                case ACCEPTED -> "referral.accepted";
                case DECLINED -> command.declineReason();
                case ENDED -> "endReason." + command.endReason().name();
                default -> "import.history";
            };
            Instant at = on.atTime(12, 0).toInstant(ZoneOffset.UTC);
            phaseChanges.save(new PhaseChange(client.getId(), from, to, on, reason,
                    to == Phase.REFERRED ? referrer.id() : command.recordedBy(), at));
            if (to == Phase.ACCEPTED) {
                referral.accept(command.recordedBy(), at);
            }
            if (to == Phase.DECLINED) {
                referral.decline(command.recordedBy(), at, command.declineReason(), command.declineAdvice(),
                        command.advisedOrganisationId());
            }
            if (to == Phase.INTAKE) {
                intakeOn = on;
                referral.matched(at, null, null, null);
            }
            if (to == Phase.INTENSIVE && startedOn == null) {
                startedOn = on;
            }
        }
        referrals.save(referral);
        client.importState(command.coachId(), command.coverCoachId(), startedOn,
                command.phase() == Phase.ENDED ? command.phaseSince() : null, command.endReason(),
                command.aftercareNote());
        if (command.coachId() != null) {
            Instant at = (intakeOn == null ? command.phaseSince() : intakeOn).atTime(12, 0).toInstant(ZoneOffset.UTC);
            assignments.save(new Assignment(client.getId(), command.coachId(), AssignmentRole.PRIMARY,
                    intakeOn == null ? command.phaseSince() : intakeOn, null, command.recordedBy(), at));
            if (command.coverCoachId() != null) {
                assignments.save(new Assignment(client.getId(), command.coverCoachId(), AssignmentRole.COVER,
                        intakeOn == null ? command.phaseSince() : intakeOn, null, command.recordedBy(), at));
            }
        }
        return client.getId();
    }

    private static List<Phase> pathTo(Phase phase) {
        List<Phase> path = new ArrayList<>();
        path.add(Phase.REFERRED);
        if (phase == Phase.REFERRED) {
            return path;
        }
        if (phase == Phase.DECLINED) {
            path.add(Phase.DECLINED);
            return path;
        }
        for (Phase step : List.of(Phase.ACCEPTED, Phase.INTAKE, Phase.INTENSIVE, Phase.SCALING_DOWN, Phase.WAAKVLAM)) {
            path.add(step);
            if (step == phase) {
                return path;
            }
        }
        path.add(Phase.ENDED);
        return path;
    }
}
