package nl.waakvlam.contact;

import nl.waakvlam.client.AccessForNeed;
import io.micrometer.core.instrument.MeterRegistry;
import nl.waakvlam.shared.operations.CommittedCounter;
import nl.waakvlam.client.AttentionItem;
import nl.waakvlam.client.AttentionSource;
import nl.waakvlam.client.ClientAccess;
import nl.waakvlam.client.ClientGate;
import nl.waakvlam.client.ClientHeader;
import nl.waakvlam.client.ContactHistory;
import nl.waakvlam.client.FileView;
import nl.waakvlam.client.LastContacts;
import nl.waakvlam.client.TimelineEntry;
import nl.waakvlam.client.TimelineFilter;
import nl.waakvlam.client.TimelineSource;
import nl.waakvlam.reference.LifeDomainView;
import nl.waakvlam.reference.ReferenceData;
import nl.waakvlam.security.AccountService;
import nl.waakvlam.security.AuditAction;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.security.UserSummary;
import nl.waakvlam.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Logging, correcting and deleting contact moments, and what the rest of the application reads
 * from them (last contacts for the flame, follow-ups for the today list, timeline entries).
 * Every action is one transaction; clients are reached only through {@link ClientGate}.
 */
@Service
@Transactional
public class ContactService implements ContactHistory, AttentionSource, TimelineSource {

    static final Set<ClientAccess> COACHES = ClientAccess.COACHES;
    static final String TIMELINE_FRAGMENT = "contact/timeline :: entry";

    private final ContactRepository contacts;
    private final ReferenceData referenceData;
    private final ClientGate gate;
    private final AccessForNeed accessForNeed;
    private final AccountService accounts;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;
    private final JdbcTemplate jdbc;
    private final CommittedCounter logged;

    ContactService(ContactRepository contacts, ReferenceData referenceData, ClientGate gate,
                   AccessForNeed accessForNeed, AccountService accounts, Clock clock,
                   ApplicationEventPublisher publisher, JdbcTemplate jdbc, MeterRegistry meters) {
        this.accessForNeed = accessForNeed;
        this.publisher = publisher;
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.referenceData = referenceData;
        this.gate = gate;
        this.accounts = accounts;
        this.clock = clock;
        this.logged = new CommittedCounter(meters, "waakvlam.contacts.logged",
                "Contact moments and attempts logged by coaches");
    }

    /** The client a coach is about to log a contact for (audited as a view). */
    public ClientHeader clientForLogging(CurrentUser coach, Long clientId) {
        return gate.open(coach, clientId, COACHES, AuditAction.VIEW, "client", clientId);
    }

    public Long log(CurrentUser coach, Long clientId, ContactDetails details) {
        gate.open(coach, clientId, COACHES, AuditAction.CREATE, "contact", null);
        return save(coach, clientId, details);
    }

    /**
     * One-tap attempt: "no answer" is a phone call, "not at home" a home visit. Returns the client's
     * name, so that the confirmation can say for whom it was logged.
     */
    public String attempt(CurrentUser coach, Long clientId, ContactOutcome outcome) {
        if (outcome != ContactOutcome.NO_ANSWER && outcome != ContactOutcome.NOT_HOME) {
            // one tap is for attempts; a reached contact goes through the contact form
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "one-tap is for attempts");
        }
        ContactType type = outcome == ContactOutcome.NO_ANSWER ? ContactType.PHONE : ContactType.HOME_VISIT;
        ClientHeader client = gate.open(coach, clientId, COACHES, AuditAction.CREATE, "contact", null);
        save(coach, clientId, ContactDetails.attempt(clock.instant(), outcome, type));
        return client.fullName();
    }

    private Long save(CurrentUser coach, Long clientId, ContactDetails details) {
        requireKnownDomains(details);
        Long id = contacts.save(new ContactMoment(clientId, coach.id(), details, clock.instant())).getId();
        if (details.significantDecision()) {
            publisher.publishEvent(new SignificantDecisionLogged(clientId, id));
        }
        logged.increment();
        return id;
    }

    /** A contact the coach may correct: their own, on a client they coach. */
    public EditableContact forEdit(CurrentUser coach, Long clientId, Long contactId) {
        ClientHeader client = gate.open(coach, clientId, COACHES, AuditAction.VIEW, "contact", contactId);
        ContactMoment contact = ownContact(coach, clientId, contactId);
        return new EditableContact(client, contactId, contact.getVersion(), contact.details());
    }

    public void correct(CurrentUser coach, Long clientId, Long contactId, long seenVersion, ContactDetails details) {
        gate.open(coach, clientId, COACHES, AuditAction.UPDATE, "contact", contactId);
        requireKnownDomains(details);
        ownContact(coach, clientId, contactId).correct(coach.id(), seenVersion, details, clock.instant());
        contacts.flush();
    }

    private void requireKnownDomains(ContactDetails details) {
        if (!referenceData.areKnownLifeDomains(details.lifeDomainIds())) {
            throw new ContactException("lifeDomainIds", "lifeDomain.unknown");
        }
    }

    public void delete(CurrentUser coach, Long clientId, Long contactId, long seenVersion, String reason) {
        gate.open(coach, clientId, COACHES, AuditAction.UPDATE, "contact", contactId);
        ownContact(coach, clientId, contactId).delete(coach.id(), seenVersion, reason, clock.instant());
        contacts.flush();
    }

    public void followUpDone(CurrentUser coach, Long clientId, Long contactId) {
        gate.open(coach, clientId, COACHES, AuditAction.UPDATE, "contact", contactId);
        ContactMoment contact = contacts.findById(contactId).filter(c -> c.getClientId().equals(clientId))
                .filter(c -> !c.isDeleted()).orElseThrow(() -> new NotFoundException("contact"));
        contact.followUpDone(clock.instant());
    }

    private ContactMoment ownContact(CurrentUser coach, Long clientId, Long contactId) {
        return contacts.findById(contactId)
                .filter(c -> c.getClientId().equals(clientId) && c.getCoachId().equals(coach.id()) && !c.isDeleted())
                .orElseThrow(() -> new NotFoundException("contact"));
    }

    /** The current stored version of a contact, for the conflict page (the user already passed the gate). */
    @Transactional(readOnly = true)
    public ContactDetails current(Long contactId) {
        return contacts.findById(contactId).map(ContactMoment::details)
                .orElseThrow(() -> new NotFoundException("contact"));
    }


    @Override
    @Transactional(readOnly = true)
    public Map<Long, LastContacts> lastContacts(Collection<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        // Two index probes per client (newest first, LIMIT 1) instead of a max() over every contact: the
        // cost follows the number of clients asked about, not the length of their history. Read with
        // plain JDBC: every list and the caseload ask, and a mapped projection cost more than the query.
        Map<Long, LastContacts> result = new HashMap<>();
        jdbc.query("select c.id, "
                        + "(select m.occurred_at from contact_moment m where m.client_id = c.id and m.outcome = 'REACHED' "
                        + "and m.deleted_at is null order by m.occurred_at desc limit 1), "
                        + "(select m.occurred_at from contact_moment m where m.client_id = c.id and m.deleted_at is null "
                        + "order by m.occurred_at desc limit 1) "
                        + "from unnest(?::bigint[]) as c(id)",
                rs -> {
                    Timestamp lastAny = rs.getTimestamp(3);
                    if (lastAny != null) {
                        Timestamp lastReached = rs.getTimestamp(2);
                        result.put(rs.getLong(1), new LastContacts(lastReached == null ? null
                                : lastReached.toInstant(), lastAny.toInstant()));
                    }
                }, (Object) clientIds.stream().distinct().toArray(Long[]::new));
        return result;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AttentionItem> attention(Map<Long, String> clients, LocalDate today) {
        if (clients.isEmpty()) {
            return List.of();
        }
        List<AttentionItem> items = new ArrayList<>();
        // plain JDBC with an array: Hibernate translates a query with an IN list anew for every call
        List<OpenFollowUp> open = jdbc.query("select id, client_id, follow_up_due, follow_up_action "
                        + "from contact_moment where client_id = any(?::bigint[]) and deleted_at is null "
                        + "and follow_up_due is not null and follow_up_due <= ? and follow_up_done_at is null "
                        + "order by follow_up_due, id",
                (rs, n) -> new OpenFollowUp(rs.getLong(1), rs.getLong(2),
                        rs.getObject(3, LocalDate.class), rs.getString(4)),
                clients.keySet().toArray(Long[]::new), today);
        for (OpenFollowUp followUp : open) {
            boolean overdue = followUp.due().isBefore(today);
            items.add(new AttentionItem(followUp.clientId(), clients.get(followUp.clientId()),
                    overdue ? 80 + (int) Math.min(19, ChronoUnit.DAYS.between(followUp.due(), today)) : 60,
                    overdue ? "attention.followUpOverdue" : "attention.followUpToday",
                    AttentionItem.arguments(followUp.due()), followUp.action(), followUp.due(),
                    "/clients/" + followUp.clientId() + "#contact-" + followUp.id()));
        }
        return items;
    }

    @Override
    public String filterFragment() {
        return "contact/timeline :: filters";
    }

    @Override
    public Map<String, Object> filterModel() {
        return Map.of("contactTypes", ContactType.values(), "contactOutcomes", ContactOutcome.values(),
                "lifeDomains", referenceData.lifeDomains());
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> entries(FileView file, TimelineFilter filter, Instant before, int limit) {
        Long clientId = file.clientId();
        ClientAccess access = file.access();
        if (access == ClientAccess.REFERRER) {
            // Referrers see shared notes only through the feedback and consent rules, never the log itself.
            return List.of();
        }
        boolean coach = COACHES.contains(access);
        // the project leader reads private notes only while an access for need holds (asked, reasoned, audited)
        boolean privateNotes = coach
                || access == ClientAccess.METADATA && accessForNeed.holds(file);
        // Read as values with plain JDBC, not as entities: the file shows them and changes nothing, and
        // hydrating twenty managed contacts was a twentieth of the file's time on the server.
        List<TimelineRow> rows = jdbc.query("select id, coach_id, occurred_at, outcome, type, initiated_by, "
                        + "duration_minutes, life_domain_ids, private_note, shared_note, follow_up_action, "
                        + "follow_up_due, follow_up_done_at is not null, significant_decision, incident, time_kind, "
                        + "working_elements, updated_at is not null "
                        + "from contact_moment where client_id = ? and deleted_at is null and occurred_at < ? "
                        + "and (?::varchar is null or type = ?::varchar) "
                        + "and (?::varchar is null or outcome = ?::varchar) "
                        + "and (?::bigint is null or ?::bigint = any(life_domain_ids)) "
                        + "order by occurred_at desc, id desc limit ?",
                (rs, n) -> new TimelineRow(rs.getLong(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class).toInstant(),
                        ContactOutcome.valueOf(rs.getString(4)), ContactType.valueOf(rs.getString(5)),
                        InitiatedBy.valueOf(rs.getString(6)), (Integer) rs.getObject(7),
                        (Long[]) rs.getArray(8).getArray(), privateNotes ? rs.getString(9) : null, rs.getString(10),
                        coach ? rs.getString(11) : null, rs.getObject(12, LocalDate.class), rs.getBoolean(13),
                        rs.getBoolean(14), rs.getBoolean(15), TimeKind.valueOf(rs.getString(16)),
                        (String[]) rs.getArray(17).getArray(), rs.getBoolean(18)),
                clientId, before.atOffset(ZoneOffset.UTC), text(filter.type()), text(filter.type()),
                text(filter.outcome()), text(filter.outcome()), number(filter.lifeDomainId()),
                number(filter.lifeDomainId()), limit);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, LifeDomainView> domainById = referenceData.lifeDomainsById();
        Map<Long, UserSummary> authors = accounts.byIds(rows.stream().map(TimelineRow::coachId)
                .collect(Collectors.toSet()));
        return rows.stream().map(row -> {
            UserSummary author = authors.get(row.coachId());
            ContactView view = new ContactView(row.id(), clientId, row.occurredAt(), row.outcome(), row.type(),
                    row.initiatedBy(), row.durationMinutes(), Arrays.stream(row.domainIds()).sorted().map(domainById::get)
                    .filter(Objects::nonNull).toList(), row.privateNote(), row.sharedNote(),
                    row.followUpAction(), row.followUpDue(), row.followUpDone(), row.significantDecision(),
                    row.incident(), row.timeKind(), WorkingElement.setOf(row.workingElements()),
                    author == null ? null : author.displayName(),
                    coach && file.viewerId() != null && row.coachId() == file.viewerId(), row.corrected());
            return new TimelineEntry(row.occurredAt(), row.id(), TIMELINE_FRAGMENT, view);
        }).toList();
    }

    /** A filter value bound with its type, so that a missing one needs no look-up of the parameter's type. */
    private static SqlParameterValue text(String value) {
        return new SqlParameterValue(Types.VARCHAR, value);
    }

    private static SqlParameterValue number(Long value) {
        return new SqlParameterValue(Types.BIGINT, value);
    }

    /** One contact of the timeline as read from the table, notes already left out where the viewer may not read them. */
    private record TimelineRow(long id, long coachId, Instant occurredAt, ContactOutcome outcome, ContactType type,
                               InitiatedBy initiatedBy, Integer durationMinutes, Long[] domainIds, String privateNote,
                               String sharedNote, String followUpAction, LocalDate followUpDue, boolean followUpDone,
                               boolean significantDecision, boolean incident, TimeKind timeKind,
                               String[] workingElements, boolean corrected) {
    }

    /** The coach's own week (Monday to Sunday), never compared with others. */
    @Transactional(readOnly = true)
    public WeekSummary week(CurrentUser coach, LocalDate anyDayInWeek) {
        LocalDate monday = anyDayInWeek.with(DayOfWeek.MONDAY);
        ZoneId zone = clock.getZone();
        Instant from = monday.atStartOfDay(zone).toInstant();
        Instant until = monday.plusDays(7).atStartOfDay(zone).toInstant();
        ContactRepository.WeekTotalsRow totals = contacts.weekTotals(coach.id(), from, until);
        Map<Long, LifeDomainView> domainById = referenceData.lifeDomainsById();
        List<WeekSummary.DomainCount> domainCounts = contacts.weekDomains(coach.id(), from, until).stream()
                .filter(row -> domainById.containsKey(row.getDomainId()))
                .map(row -> new WeekSummary.DomainCount(domainById.get(row.getDomainId()), row.getContacts()))
                .toList();
        List<WeekSummary.TypeCount> typeCounts = contacts.weekTypes(coach.id(), from, until).stream()
                .map(row -> new WeekSummary.TypeCount(ContactType.valueOf(row.getType()), row.getContacts())).toList();
        return new WeekSummary(monday, monday.plusDays(6), totals.getReached(), totals.getAttempts(),
                totals.getClientsReached(), totals.getDirectMinutes(), totals.getIndirectMinutes(), domainCounts,
                typeCounts);
    }

    /** A shared note as a referrer may read it (only when consent and agreements allow). */
    public record SharedNote(Long contactId, Instant occurredAt, String note, boolean significantDecision) {
    }

    /** Shared notes of a client in a period, oldest first (the caller checked consent). */
    @Transactional(readOnly = true)
    public List<SharedNote> sharedNotes(Long clientId, Instant from, Instant until) {
        return contacts.sharedNotes(clientId, from, until).stream()
                .map(c -> new SharedNote(c.getId(), c.getOccurredAt(), c.details().sharedNote(),
                        c.details().significantDecision())).toList();
    }

    /**
     * How often there was contact with a client in a period and which life domains came up: counts
     * and domain names only, never what was said. {@code domains} are names in the given language,
     * from reached contacts, most frequent first.
     */
    public record PeriodContacts(long reached, long notReached, List<String> domains) {
    }

    /** Contacts of a client in a period, for the progress report draft (the caller passed the gate). */
    @Transactional(readOnly = true)
    public PeriodContacts periodContacts(Long clientId, Instant from, Instant until, Locale locale) {
        ContactRepository.PeriodTotalsRow totals = contacts.periodTotals(clientId, from, until);
        Map<Long, LifeDomainView> domainById = referenceData.lifeDomainsById();
        List<String> domains = contacts.periodDomains(clientId, from, until).stream()
                .map(row -> domainById.get(row.getDomainId())).filter(Objects::nonNull)
                .map(domain -> domain.name(locale)).toList();
        return new PeriodContacts(totals.getReached(), totals.getNotReached(), domains);
    }

    /** An open follow-up action that is due, for reminders. */
    public record DueFollowUp(Long clientId, Long coachId, Long contactId) {
    }

    /** Open follow-ups due on or before {@code until}, across all clients (for the daily reminders). */
    @Transactional(readOnly = true)
    public List<DueFollowUp> dueFollowUps(LocalDate until) {
        return contacts.allOpenFollowUps(until).stream()
                .map(c -> new DueFollowUp(c.getClientId(), c.getCoachId(), c.getId())).toList();
    }

    /** A contact from a programme's own registration, for {@link #importContacts}. */
    public record ImportedContact(Long clientId, Long coachId, ContactDetails details) {
    }

    /**
     * Records many contacts from history at once (the import of a registration), each checked by the
     * same rules as a logged contact, written in batches rather than a round trip per contact. Joins
     * the caller's transaction; bypasses the gate, never used by a page.
     */
    public int importContacts(List<ImportedContact> imported, Instant recordedAt) {
        List<ContactDetails> checked = new ArrayList<>(imported.size());
        for (ImportedContact contact : imported) {
            requireKnownDomains(contact.details());
            checked.add(new ContactMoment(contact.clientId(), contact.coachId(), contact.details(), recordedAt)
                    .details());
        }
        List<Integer> order = IntStream.range(0, imported.size()).boxed().toList();
        jdbc.batchUpdate("insert into contact_moment (client_id, coach_id, occurred_at, outcome, type, initiated_by, "
                        + "duration_minutes, life_domain_ids, working_elements, private_note, shared_note, "
                        + "follow_up_action, follow_up_due, significant_decision, incident, time_kind, created_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?::bigint[], ?::varchar[], ?, ?, ?, ?, ?, ?, ?, ?)",
                order, 500, (statement, i) -> {
                    ContactDetails d = checked.get(i);
                    statement.setLong(1, imported.get(i).clientId());
                    statement.setLong(2, imported.get(i).coachId());
                    statement.setTimestamp(3, Timestamp.from(d.occurredAt()));
                    statement.setString(4, d.outcome().name());
                    statement.setString(5, d.type().name());
                    statement.setString(6, d.initiatedBy().name());
                    statement.setObject(7, d.durationMinutes(), Types.INTEGER);
                    statement.setObject(8, d.domainList().toArray(Long[]::new));
                    statement.setObject(9, d.workingElements().stream().map(Enum::name).sorted()
                            .toArray(String[]::new));
                    statement.setString(10, d.privateNote());
                    statement.setString(11, d.sharedNote());
                    statement.setString(12, d.followUpAction());
                    statement.setObject(13, d.followUpDue(), Types.DATE);
                    statement.setBoolean(14, d.significantDecision());
                    statement.setBoolean(15, d.incident());
                    statement.setString(16, d.timeKind().name());
                    statement.setTimestamp(17, Timestamp.from(recordedAt));
                });
        return imported.size();
    }

    /** A contact as a repeated import compares it: the client, the day (Dutch time) and the kind. */
    public record HeldContact(Long clientId, LocalDate day, ContactType type) {
    }

    /**
     * The contacts these clients have, for an import that must not add them twice (the caller is the
     * import, which checked the project leader). One statement per thousand clients.
     */
    @Transactional(readOnly = true)
    public List<HeldContact> heldContacts(Collection<Long> clientIds) {
        List<HeldContact> held = new ArrayList<>();
        List<Long> ids = List.copyOf(clientIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            Long[] slice = ids.subList(from, Math.min(ids.size(), from + 1000)).toArray(Long[]::new);
            held.addAll(jdbc.query("select client_id, (occurred_at at time zone ?)::date, type from contact_moment "
                            + "where client_id = any(?) and deleted_at is null",
                    (rs, n) -> new HeldContact(rs.getLong(1), rs.getObject(2, LocalDate.class),
                            ContactType.valueOf(rs.getString(3))), clock.getZone().getId(), slice));
        }
        return held;
    }

    /** Records a contact from history (demo data, import); bypasses the gate, never used by a page. */
    public Long importContact(Long clientId, Long coachId, ContactDetails details, Instant recordedAt) {
        return contacts.save(new ContactMoment(clientId, coachId, details, recordedAt)).getId();
    }


    /** An open follow-up due by a day, as the caseload's "Today" list reads it. */
    private record OpenFollowUp(Long id, Long clientId, LocalDate due, String action) {
    }
}
