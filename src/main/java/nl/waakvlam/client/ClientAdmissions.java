package nl.waakvlam.client;

import nl.waakvlam.security.AccountService;
import nl.waakvlam.security.AuditAction;
import nl.waakvlam.security.AuditLog;
import nl.waakvlam.security.AuditOutcome;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.security.Role;
import nl.waakvlam.security.UserSummary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * How a referred person becomes a client and gets coaches: the part of the lifecycle that the
 * referral module drives. Each method joins the caller's transaction, so a referral and the client
 * steps it causes are saved together or not at all.
 */
@Service
@Transactional
public class ClientAdmissions {

    private final ClientRepository clients;
    private final PhaseChangeRepository phaseChanges;
    private final AssignmentRepository assignments;
    private final ClientQueries queries;
    private final AccountService accounts;
    private final AuditLog auditLog;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ClientAdmissions(ClientRepository clients, PhaseChangeRepository phaseChanges, AssignmentRepository assignments,
                     ClientQueries queries, AccountService accounts, AuditLog auditLog, JdbcTemplate jdbc,
                     Clock clock) {
        this.clients = clients;
        this.phaseChanges = phaseChanges;
        this.assignments = assignments;
        this.queries = queries;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Registers a referred person as a client in phase REFERRED, with the first history step. */
    public Long admit(ClientIdentity identity, ClientProfile profile, UserSummary referrer, Long submittedBy) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Client client = clients.save(new Client(identity, profile, referrer.organisationId(),
                referrer.departmentId(), referrer.id(), Phase.REFERRED, today, now));
        phaseChanges.save(new PhaseChange(client.getId(), null, Phase.REFERRED, today, "referral.submitted",
                submittedBy, now));
        return client.getId();
    }

    /**
     * Records the project leader's decision as a phase change: accepted, or declined with the
     * reason. Returns the referrer to inform; refuses a client already decided.
     */
    public Long decide(CurrentUser projectLeader, Long clientId, boolean accept, String reason) {
        Client client = queries.loadForAction(projectLeader, clientId, EnumSet.of(ClientAccess.METADATA));
        phaseChanges.save(client.decide(accept, reason, projectLeader.id(), LocalDate.now(clock), clock.instant()));
        return client.getReferrerId();
    }

    /**
     * Records a decline with a reason from the decline-reason list; the phase history shows the
     * reason's current name. Returns the referrer to inform.
     */
    public Long decline(CurrentUser projectLeader, Long clientId, String declineReasonCode) {
        return decide(projectLeader, clientId, false, PhaseReason.DECLINE_REASON_PREFIX + declineReasonCode);
    }

    /** Assigns the first primary (and optional cover) coach; the intake begins. */
    public void assignCoaches(CurrentUser projectLeader, Long clientId, Long primaryCoachId, Long coverCoachId,
                              String rationale) {
        Client client = queries.loadForAction(projectLeader, clientId, EnumSet.of(ClientAccess.METADATA));
        Map<Long, UserSummary> coaches = accounts.byIds(Stream.of(primaryCoachId, coverCoachId)
                .filter(Objects::nonNull).toList());
        if (!isActiveCoach(coaches.get(primaryCoachId))
                || (coverCoachId != null && !isActiveCoach(coaches.get(coverCoachId)))) {
            throw new LifecycleException("match.coachRequired");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        phaseChanges.save(client.match(primaryCoachId, coverCoachId, rationale, projectLeader.id(), today, now));
        assignments.save(new Assignment(clientId, primaryCoachId, AssignmentRole.PRIMARY, today, rationale,
                projectLeader.id(), now));
        if (coverCoachId != null) {
            assignments.save(new Assignment(clientId, coverCoachId, AssignmentRole.COVER, today, null,
                    projectLeader.id(), now));
        }
        auditLog.record(AuditAction.UPDATE, clientId, "assignment", clientId, AuditOutcome.ALLOWED);
    }

    /**
     * Brings in a client with the history it has already lived (demo data, imports): the path of
     * phases to {@code phase} is written between {@code referredOn} and {@code phaseSince}, each
     * step at noon. Returns the steps so the referral can be dated along the same path.
     */
    public ImportedHistory importClient(ImportedClient command) {
        UserSummary referrer = accounts.byIds(List.of(command.referrerId())).get(command.referrerId());
        Instant referredAt = command.referredOn().atTime(10, 0).toInstant(ZoneOffset.UTC);
        Client client = clients.save(new Client(command.identity(), command.profile(), referrer.organisationId(),
                referrer.departmentId(), referrer.id(), command.phase(), command.phaseSince(), referredAt));

        List<Phase> path = pathTo(command.phase());
        long span = Math.max(1, ChronoUnit.DAYS.between(command.referredOn(), command.phaseSince()));
        List<ImportedHistory.Step> steps = new ArrayList<>();
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
                case ENDED -> PhaseReason.END_REASON_PREFIX + command.endReason();
                default -> "import.history";
            };
            Instant at = on.atTime(12, 0).toInstant(ZoneOffset.UTC);
            phaseChanges.save(new PhaseChange(client.getId(), from, to, on, reason,
                    to == Phase.REFERRED ? referrer.id() : command.recordedBy(), at));
            steps.add(new ImportedHistory.Step(to, at));
            if (to == Phase.INTAKE) {
                intakeOn = on;
            }
            if (to == Phase.INTENSIVE && startedOn == null) {
                startedOn = on;
            }
        }
        client.importState(command.coachId(), command.coverCoachId(), startedOn,
                command.phase() == Phase.ENDED ? command.phaseSince() : null, command.endReason(),
                command.aftercareNote());
        if (command.coachId() != null) {
            LocalDate assignedOn = intakeOn == null ? command.phaseSince() : intakeOn;
            Instant at = assignedOn.atTime(12, 0).toInstant(ZoneOffset.UTC);
            assignments.save(new Assignment(client.getId(), command.coachId(), AssignmentRole.PRIMARY, assignedOn,
                    null, command.recordedBy(), at));
            if (command.coverCoachId() != null) {
                assignments.save(new Assignment(client.getId(), command.coverCoachId(), AssignmentRole.COVER,
                        assignedOn, null, command.recordedBy(), at));
            }
        }
        return new ImportedHistory(client.getId(), referrer, referredAt, steps);
    }

    /**
     * Brings in the clients of a programme's own registration, in order, in the caller's
     * transaction: each with its phase history (referred, accepted and intake on the day of
     * referral and start, the coached phases up to {@code phaseSince}) and its primary coach.
     * Returns the new client ids in the order given.
     */
    public List<Long> importRegistered(List<RegisteredClient> commands, Long recordedBy) {
        List<Long> ids = new ArrayList<>(commands.size());
        List<PhaseChange> steps = new ArrayList<>();
        List<Assignment> assigned = new ArrayList<>(commands.size());
        Instant now = clock.instant();
        for (RegisteredClient command : commands) {
            Instant referredAt = command.referredOn().atTime(10, 0).toInstant(ZoneOffset.UTC);
            Client client = new Client(command.identity(), command.profile(), command.referringOrganisationId(),
                    null, null, command.phase(), command.phaseSince(), referredAt);
            client.importState(command.coachId(), null, command.phase() == Phase.INTAKE ? null : command.startedOn(),
                    null, null, null);
            Long id = clients.save(client).getId();
            ids.add(id);
            Phase from = null;
            for (Phase to : pathTo(command.phase())) {
                LocalDate on = switch (to) {
                    case REFERRED, ACCEPTED -> command.referredOn();
                    case INTAKE, INTENSIVE -> to == command.phase() ? command.phaseSince() : command.startedOn();
                    default -> to == command.phase() ? command.phaseSince()
                            : midway(command.startedOn(), command.phaseSince());
                };
                String reason = switch (to) {
                    case REFERRED -> "referral.submitted";
                    case ACCEPTED -> "referral.accepted";
                    default -> "import.history";
                };
                steps.add(new PhaseChange(id, from, to, on, reason, recordedBy,
                        on.atTime(12, 0).toInstant(ZoneOffset.UTC)));
                from = to;
            }
            assigned.add(new Assignment(id, command.coachId(), AssignmentRole.PRIMARY, command.startedOn(),
                    command.remark(), recordedBy, now));
        }
        // hundreds of history rows: one batch each instead of a round trip per row
        jdbc.batchUpdate("insert into phase_change (client_id, from_phase, to_phase, changed_on, reason, changed_by, "
                + "recorded_at) values (?, ?, ?, ?, ?, ?, ?)", steps, 500, (statement, step) -> {
            statement.setLong(1, step.getClientId());
            statement.setString(2, step.getFromPhase() == null ? null : step.getFromPhase().name());
            statement.setString(3, step.getToPhase().name());
            statement.setObject(4, step.getChangedOn());
            statement.setString(5, step.getReason());
            statement.setLong(6, step.getChangedBy());
            statement.setTimestamp(7, Timestamp.from(step.getRecordedAt()));
        });
        jdbc.batchUpdate("insert into assignment (client_id, coach_id, role, started_on, note, created_by, created_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)", assigned, 500, (statement, assignment) -> {
            statement.setLong(1, assignment.getClientId());
            statement.setLong(2, assignment.getCoachId());
            statement.setString(3, assignment.getRole().name());
            statement.setObject(4, assignment.getStartedOn());
            statement.setString(5, assignment.getNote());
            statement.setLong(6, assignment.getCreatedBy());
            statement.setTimestamp(7, Timestamp.from(now));
        });
        return ids;
    }

    /** A client already known by name and date of birth, for the import's duplicate check. */
    public record KnownClient(Long id, String firstName, String lastName, LocalDate dateOfBirth, Long coachId,
                              Phase phase) {
    }

    /** Every client born on one of these days (names and date of birth only). */
    @Transactional(readOnly = true)
    public List<KnownClient> bornOn(Collection<LocalDate> dates) {
        List<LocalDate> distinct = dates.stream().filter(Objects::nonNull).distinct().toList();
        List<KnownClient> known = new ArrayList<>();
        // in slices, so that a large file never makes one statement with thousands of parameters
        for (int from = 0; from < distinct.size(); from += 1000) {
            clients.namesBornOn(distinct.subList(from, Math.min(distinct.size(), from + 1000))).forEach(row ->
                    known.add(new KnownClient(row.getId(), row.getFirstName(), row.getLastName(), row.getDateOfBirth(),
                            row.getCoachId(), row.getPhase())));
        }
        return known;
    }

    private static LocalDate midway(LocalDate from, LocalDate until) {
        return from.plusDays(Math.max(0, ChronoUnit.DAYS.between(from, until)) / 2);
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

    static boolean isActiveCoach(UserSummary user) {
        return user != null && user.role() == Role.COACH && user.enabled();
    }
}
