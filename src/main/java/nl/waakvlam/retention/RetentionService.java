package nl.waakvlam.retention;

import nl.waakvlam.client.ClientRetention;
import nl.waakvlam.client.RetentionCandidate;
import nl.waakvlam.notification.NotificationService;
import nl.waakvlam.security.AuditAction;
import nl.waakvlam.security.AuditLog;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The retention periods, the dry run of the next retention run, and the run itself. The dry run and
 * the run ask the same questions with the same cut-off dates, so the list the administrator reads is
 * what the next run does (unless a period or a file changes in between).
 */
@Service
public class RetentionService {

    private static final Logger log = LoggerFactory.getLogger(RetentionService.class);

    private final RetentionRuleRepository rules;
    private final ClientRetention clients;
    private final NotificationService notifications;
    private final AuditLog auditLog;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    RetentionService(RetentionRuleRepository rules, ClientRetention clients, NotificationService notifications,
                     AuditLog auditLog, JdbcTemplate jdbc, Clock clock) {
        this.rules = rules;
        this.clients = clients;
        this.notifications = notifications;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A record type's period as set, with the shipped default and the minimum next to it. */
    public record Rule(RecordType type, int years, int defaultYears, int minimumYears, long version,
                       Instant updatedAt) {
    }

    /** What the next run would do, without any client content. */
    public record DryRun(LocalDate endedBefore, LocalDate declinedBefore, Page<RetentionCandidate> clients,
                         Instant inboxBefore, long inboxItems, int auditYears, long auditEvents) {
    }

    /** What one run did. */
    public record RunResult(int clientsAnonymised, int inboxItemsDeleted, long auditEventsPurged) {
    }

    /** The last run, if any. */
    public record LastRun(Instant startedAt, Instant finishedAt, int clientsAnonymised, int inboxItemsDeleted,
                          long auditEventsPurged) {
    }

    @Transactional(readOnly = true)
    public List<Rule> rules() {
        Map<RecordType, RetentionRule> stored = stored();
        return Arrays.stream(RecordType.values()).map(type -> {
            RetentionRule rule = stored.get(type);
            return new Rule(type, rule == null ? type.defaultYears() : rule.getYears(), type.defaultYears(),
                    type.minimumYears(), rule == null ? 0 : rule.getVersion(), rule == null ? null : rule.getUpdatedAt());
        }).toList();
    }

    /** Sets one period; refuses one below the type's minimum. A stale form meets the conflict page. */
    @Transactional
    public void change(CurrentUser admin, RecordType type, int years, long version) {
        RetentionRule rule = rules.findById(type).orElseThrow(() -> new NotFoundException("retention rule"));
        if (rule.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(RetentionRule.class, type);
        }
        if (rule.getYears() == years) {
            return;
        }
        rule.change(years, admin.id(), clock.instant());
        auditLog.recordAdmin(AuditAction.RETENTION_CHANGED, "retention_rule", (long) type.ordinal());
    }

    @Transactional(readOnly = true)
    public DryRun dryRun(Pageable page) {
        Map<RecordType, Integer> years = years();
        LocalDate today = LocalDate.now(clock);
        LocalDate endedBefore = today.minusYears(years.get(RecordType.ENDED_CLIENT_FILE));
        LocalDate declinedBefore = today.minusYears(years.get(RecordType.DECLINED_REFERRAL));
        Instant inboxBefore = inboxCutOff(years.get(RecordType.INBOX_ITEM));
        int auditYears = years.get(RecordType.AUDIT_EVENT);
        return new DryRun(endedBefore, declinedBefore, clients.due(endedBefore, declinedBefore, page), inboxBefore,
                notifications.countCreatedBefore(inboxBefore), auditYears, auditLog.countOlderThan(auditYears));
    }

    /**
     * Anonymises every client file whose period passed (each in its own transaction, so one failure
     * does not undo the others), deletes old inbox items and purges old audit rows, and records the run.
     * Call it through {@link RetentionJob}, which makes sure one instance runs it at a time.
     */
    public RunResult run() {
        Instant started = clock.instant();
        Map<RecordType, Integer> years = years();
        LocalDate today = LocalDate.now(clock);
        int anonymised = 0;
        for (Long clientId : clients.dueIds(today.minusYears(years.get(RecordType.ENDED_CLIENT_FILE)),
                today.minusYears(years.get(RecordType.DECLINED_REFERRAL)))) {
            if (clients.anonymise(clientId)) {
                anonymised++;
            }
        }
        int inbox = notifications.deleteCreatedBefore(inboxCutOff(years.get(RecordType.INBOX_ITEM)));
        long audit = auditLog.purgeOlderThan(years.get(RecordType.AUDIT_EVENT));
        if (audit > 0) {
            auditLog.recordAdmin(AuditAction.AUDIT_PURGED, "audit_event", audit);
        }
        jdbc.update("insert into retention_run (started_at, finished_at, clients_anonymised, inbox_items_deleted, "
                        + "audit_events_purged) values (?, ?, ?, ?, ?)", Timestamp.from(started),
                Timestamp.from(clock.instant()), anonymised, inbox, audit);
        log.info("Retention run: {} client file(s) anonymised, {} inbox item(s) deleted, {} audit row(s) purged",
                anonymised, inbox, audit);
        return new RunResult(anonymised, inbox, audit);
    }

    @Transactional(readOnly = true)
    public LastRun lastRun() {
        return jdbc.query("select started_at, finished_at, clients_anonymised, inbox_items_deleted, audit_events_purged "
                        + "from retention_run order by started_at desc, id desc limit 1",
                rs -> rs.next() ? new LastRun(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant(),
                        rs.getInt(3), rs.getInt(4), rs.getLong(5)) : null);
    }

    private Instant inboxCutOff(int years) {
        return ZonedDateTime.now(clock).minusYears(years).toInstant();
    }

    private Map<RecordType, Integer> years() {
        Map<RecordType, RetentionRule> stored = stored();
        Map<RecordType, Integer> years = new EnumMap<>(RecordType.class);
        for (RecordType type : RecordType.values()) {
            RetentionRule rule = stored.get(type);
            years.put(type, rule == null ? type.defaultYears() : rule.getYears());
        }
        return years;
    }

    private Map<RecordType, RetentionRule> stored() {
        return rules.findAll().stream().collect(Collectors.toMap(RetentionRule::getRecordType, Function.identity()));
    }
}
