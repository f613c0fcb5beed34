package nl.waakvlam.client;

import nl.waakvlam.organisation.DepartmentSummary;
import nl.waakvlam.organisation.OrganisationService;
import nl.waakvlam.organisation.OrganisationSummary;
import nl.waakvlam.reference.ReferenceData;
import nl.waakvlam.reference.TrackSummary;
import nl.waakvlam.security.AccountService;
import nl.waakvlam.security.AuditAction;
import nl.waakvlam.security.AuditLog;
import nl.waakvlam.security.AuditOutcome;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.security.UserSummary;
import nl.waakvlam.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads clients for pages, always through {@link ClientVisibility}. Each page costs a fixed
 * number of statements: one page of clients (plus its count) and one lookup per kind of label.
 * Reads of a client file and search results are written to the audit trail in the same
 * transaction.
 */
@Service
@Transactional
class ClientQueries {

    private final ClientRepository clients;
    private final ReferenceData referenceData;
    private final ClientVisibility visibility;
    private final AccountService accounts;
    private final OrganisationService organisations;
    private final AuditLog auditLog;
    private final Clock clock;
    // Implemented by modules that depend on this one; resolved lazily to keep the beans acyclic.
    private final ObjectProvider<ContactHistory> contactHistory;
    private final ObjectProvider<AttentionSource> attentionSources;
    private final ContactRhythm rhythm;
    private final ObjectProvider<ClientSelection> selections;
    private final ClientCards cards;
    private final EndPlanRepository endPlans;
    private final AssignmentRepository assignments;
    private final ClientHistory history;

    ClientQueries(ClientRepository clients, ReferenceData referenceData, ClientVisibility visibility,
                  AccountService accounts, OrganisationService organisations, AuditLog auditLog, Clock clock,
                  ObjectProvider<ContactHistory> contactHistory, ObjectProvider<AttentionSource> attentionSources,
                  ContactRhythm rhythm, ObjectProvider<ClientSelection> selections, ClientCards cards,
                  ClientHistory history, EndPlanRepository endPlans, AssignmentRepository assignments) {
        this.assignments = assignments;
        this.history = history;
        this.endPlans = endPlans;
        this.selections = selections;
        this.cards = cards;
        this.contactHistory = contactHistory;
        this.attentionSources = attentionSources;
        this.rhythm = rhythm;
        this.clients = clients;
        this.referenceData = referenceData;
        this.visibility = visibility;
        this.accounts = accounts;
        this.organisations = organisations;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * The coach's today view: the attention list over all their active clients (flames going out
     * or flickering, plus what other modules contribute) and one page of the filtered client list
     * with each client's rhythm and flame. A fixed number of statements whatever the caseload.
     */
    CaseloadToday caseload(CurrentUser coach, CaseloadFilter filter, Pageable pageable) {
        LocalDate today = LocalDate.now(clock);
        ClientVisibility.Scope scope = visibility.scopeOf(coach);
        Specification<Client> visible = scope.specification();
        List<ClientCard> active = cards.all(visible.and((root, query, cb) -> root.get("phase").in(Phase.COACHED)));

        Specification<Client> spec = visible.and(phaseFilter(filter));
        if (filter.trackId() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("trackId"), filter.trackId()));
        }
        if (filter.hasSearch()) {
            spec = spec.and(nameLike(filter.search()));
        }
        // Unfiltered, the list is the active clients already read for the attention list: a page of
        // those in memory, instead of reading the same rows and their count again.
        Page<ClientCard> page = filter.isUnfiltered() ? ClientCards.pageOf(active, pageable) : cards.page(spec, pageable);
        if (filter.hasSearch()) {
            auditLog.recordEach(AuditAction.SEARCH, page.map(ClientCard::id).getContent(), AuditOutcome.ALLOWED);
        }

        Set<Long> ids = new HashSet<>();
        active.forEach(c -> ids.add(c.id()));
        page.forEach(c -> ids.add(c.id()));
        ContactHistory history = contactHistory.getIfAvailable();
        Map<Long, LastContacts> last = history == null ? Map.of() : history.lastContacts(ids);
        Labels labels = labels(page.getContent());
        Page<CaseloadRow> rows = page.map(c -> rhythmRow(row(c, labels, scope), c, last.get(c.id()), today));

        List<AttentionItem> attention = new ArrayList<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (ClientCard c : active) {
            names.put(c.id(), c.fullName());
            CaseloadRow row = rhythmRow(null, c, last.get(c.id()), today);
            String link = "/clients/" + c.id();
            if (row.flame() == Flame.GOING_OUT) {
                boolean neverReached = row.daysSinceReached() == null;
                attention.add(new AttentionItem(c.id(), c.fullName(), 100 + (int) Math.min(99,
                        ChronoUnit.DAYS.between(row.nextDue(), today)),
                        neverReached ? "attention.flameOutNever" : "attention.flameOut",
                        neverReached ? AttentionItem.arguments(row.rhythmDays())
                                : AttentionItem.arguments(row.daysSinceReached(), row.rhythmDays()),
                        null, row.nextDue(), link));
            } else if (row.flame() == Flame.FLICKERING) {
                attention.add(new AttentionItem(c.id(), c.fullName(), 50, "attention.flameFlickering",
                        AttentionItem.arguments(row.nextDue()), null, row.nextDue(), link));
            }
        }
        for (AttentionSource source : attentionSources.orderedStream().toList()) {
            attention.addAll(source.attention(names, today));
        }
        // a client handed over to this coach whose handover summary is still unread (one statement)
        for (AssignmentRepository.UnreadHandover handover : assignments.unreadHandoversOf(coach.id())) {
            attention.add(new AttentionItem(handover.getClientId(), handover.getName(), 90, "attention.handover",
                    AttentionItem.arguments(handover.getOn()), null, handover.getOn(),
                    "/clients/" + handover.getClientId() + "/handover"));
        }
        // after the end: the check-ins the coach planned in the end plan, when due (one statement)
        for (EndPlanRepository.DueCheckIn checkIn : endPlans.dueCheckIns(coach.id(), today)) {
            attention.add(new AttentionItem(checkIn.getClientId(), checkIn.getName(), 40, "attention.checkIn",
                    AttentionItem.arguments(checkIn.getMonths(), checkIn.getDueOn()), null, checkIn.getDueOn(),
                    "/clients/" + checkIn.getClientId() + "#end-plan"));
        }
        attention.sort(Comparator.comparingInt(AttentionItem::urgency).reversed()
                .thenComparing(AttentionItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(AttentionItem::clientName));
        return new CaseloadToday(TodayRow.group(attention), rows);
    }

    /**
     * The programme-wide client list (all clients for the project leader, their own for a coach):
     * one page with each client's coach, phase and flame. A fixed number of statements: the page
     * and its count, the last contacts of the page, one lookup per kind of label, one per named
     * selection and the audit rows of the page. The flame is worked out from the contact history,
     * so a flame filter reads the matching coached clients' last contacts in one statement and
     * pages in memory.
     */
    Page<CaseloadRow> list(CurrentUser user, ClientListFilter filter, Pageable pageable) {
        LocalDate today = LocalDate.now(clock);
        ClientVisibility.Scope scope = visibility.scopeOf(user);
        Specification<Client> spec = scope.specification();
        if (filter.flame() != null || ClientListFilter.ACTIVE.equals(filter.phase())) {
            spec = spec.and((root, query, cb) -> root.get("phase").in(Phase.COACHED));
        } else if (filter.phase() != null) {
            Phase phase = Phase.valueOf(filter.phase());
            spec = spec.and((root, query, cb) -> cb.equal(root.get("phase"), phase));
        }
        if (filter.coachId() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("coachId"), filter.coachId()));
        }
        if (filter.trackId() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("trackId"), filter.trackId()));
        }
        if (filter.organisationId() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("referringOrganisationId"),
                    filter.organisationId()));
        }
        if (filter.need() != null) {
            Collection<Long> selected = selections.orderedStream().filter(s -> s.need().equals(filter.need()))
                    .findFirst().map(s -> s.clientIds(today)).orElse(List.of());
            spec = spec.and((root, query, cb) -> selected.isEmpty() ? cb.disjunction() : root.get("id").in(selected));
        }
        if (filter.hasSearch()) {
            spec = spec.and(nameLike(filter.search()));
        }
        ContactHistory history = contactHistory.getIfAvailable();
        Page<ClientCard> page;
        Map<Long, LastContacts> last;
        if (filter.flame() == null) {
            page = cards.page(spec, pageable);
            last = history == null ? Map.of() : history.lastContacts(page.map(ClientCard::id).getContent());
        } else {
            List<ClientCard> coached = cards.all(spec);
            last = history == null ? Map.of() : history.lastContacts(coached.stream().map(ClientCard::id).toList());
            List<ClientCard> burning = coached.stream()
                    .filter(c -> rhythmRow(null, c, last.get(c.id()), today).flame() == filter.flame()).toList();
            page = ClientCards.pageOf(burning, pageable);
        }
        if (!filter.isEmpty()) {
            auditLog.recordEach(AuditAction.SEARCH, page.map(ClientCard::id).getContent(), AuditOutcome.ALLOWED);
        }
        Labels labels = labels(page.getContent());
        return page.map(c -> rhythmRow(row(c, labels, scope), c, last.get(c.id()), today));
    }

    private static ClientRow row(ClientCard c, Labels labels, ClientVisibility.Scope scope) {
        return new ClientRow(c.id(), c.firstName(), c.lastName(), c.dateOfBirth(), c.phase(), c.phaseSince(),
                labels.track(c.trackId()), c.intakeCategory(), labels.organisation(c.referringOrganisationId()),
                labels.person(c.coachId()), scope.accessTo(c).orElse(null) == ClientAccess.COVER, null, null,
                c.startedOn());
    }

    /**
     * The back office's directory: every client the user's scope holds (for the back office: all but
     * anonymised ones), by name, one page; each listed client is audited as a search result.
     */
    Page<ClientCard> directory(CurrentUser user, String search, Pageable pageable) {
        Specification<Client> spec = visibility.scopeOf(user).specification();
        if (search != null && !search.isBlank()) {
            spec = spec.and(nameLike(search.length() > 100 ? search.substring(0, 100) : search));
        }
        Page<ClientCard> page = cards.page(spec, pageable);
        auditLog.recordEach(AuditAction.SEARCH, page.map(ClientCard::id).getContent(), AuditOutcome.ALLOWED);
        return page;
    }

    private static Specification<Client> nameLike(String search) {
        String pattern = "%" + search.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return (root, query, cb) -> cb.like(cb.lower(cb.concat(cb.concat(root.get("firstName"), " "),
                root.get("lastName"))), pattern, '\\');
    }

    private CaseloadRow rhythmRow(ClientRow row, Client c, LastContacts last, LocalDate today) {
        return rhythmRow(row, c.getPhase(), c.getRhythmDays(), c.coachingSince(), last, today);
    }

    private CaseloadRow rhythmRow(ClientRow row, ClientCard c, LastContacts last, LocalDate today) {
        return rhythmRow(row, c.phase(), c.rhythmDays(), c.coachingSince(), last, today);
    }

    private CaseloadRow rhythmRow(ClientRow row, Phase phase, Integer ownRhythm, LocalDate coachingSince,
                                  LastContacts last, LocalDate today) {
        Integer rhythm = this.rhythm.effective(phase, ownRhythm);
        LocalDate lastReached = last == null || last.lastReached() == null ? null
                : last.lastReached().atZone(clock.getZone()).toLocalDate();
        LocalDate lastAny = last == null || last.lastAny() == null ? null
                : last.lastAny().atZone(clock.getZone()).toLocalDate();
        if (rhythm == null) {
            return new CaseloadRow(row, null, lastReached, lastAny,
                    lastReached == null ? null : ChronoUnit.DAYS.between(lastReached, today), null, null);
        }
        LocalDate from = lastReached != null ? lastReached : coachingSince;
        return new CaseloadRow(row, rhythm, lastReached, lastAny,
                lastReached == null ? null : ChronoUnit.DAYS.between(lastReached, today), from.plusDays(rhythm),
                Flame.of(lastReached, coachingSince, rhythm, today));
    }

    private static Specification<Client> phaseFilter(CaseloadFilter filter) {
        if (filter.phase() != null) {
            return (root, query, cb) -> cb.equal(root.get("phase"), filter.phase());
        }
        if (filter.allPhases()) {
            return (root, query, cb) -> cb.conjunction();
        }
        return (root, query, cb) -> root.get("phase").in(Phase.COACHED);
    }

    /** The referrer's referrals, newest first, with the decision and who coaches the client. */
    @Transactional(readOnly = true)
    Page<ClientRow> referralsOf(CurrentUser referrer, Pageable pageable) {
        Page<Client> page = page(visibility.visibleTo(referrer),
                withSort(pageable, Sort.by(Sort.Direction.DESC, "createdAt", "id")));
        return withReferrer(page);
    }

    /**
     * The names of those of these clients this user may see, by id; one statement. Clients outside
     * the user's reach are simply absent (a name is shown, never a file opened, so nothing is audited).
     */
    @Transactional(readOnly = true)
    Map<Long, String> visibleNames(CurrentUser user, Collection<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        Specification<Client> among = (root, query, cb) -> root.get("id").in(clientIds);
        return clients.findAll(visibility.visibleTo(user).and(among)).stream()
                .collect(Collectors.toMap(Client::getId, Client::fullName));
    }

    /** Open referrals (submitted, or accepted and waiting for a match), oldest first. */
    @Transactional(readOnly = true)
    Page<ClientRow> intakeQueue(CurrentUser projectLeader, Pageable pageable) {
        Specification<Client> open = (root, query, cb) -> root.get("phase").in(Phase.REFERRED, Phase.ACCEPTED);
        Page<Client> page = page(visibility.visibleTo(projectLeader).and(open),
                withSort(pageable, Sort.by("createdAt", "id")));
        return withReferrer(page);
    }

    private Page<ClientRow> withReferrer(Page<Client> page) {
        Labels labels = labels(page.getContent(), true);
        return page.map(c -> new ClientRow(c.getId(), c.getFirstName(), c.getLastName(), c.getDateOfBirth(),
                c.getPhase(), c.getPhaseSince(), labels.track(c.getTrackId()), c.getIntakeCategory(),
                labels.organisation(c.getReferringOrganisationId()), labels.person(c.getCoachId()), false,
                c.getCreatedAt(), labels.person(c.getReferrerId()), c.getStartedOn()));
    }

    /**
     * Loads a client file for this user, or answers "not found" (and audits the denied attempt)
     * when the client is outside the user's reach — whether or not it exists.
     */
    ClientFile file(CurrentUser user, Long clientId) {
        return open(user, clientId).file();
    }

    /** Opens a client file as {@link #file} does, with what it read for the file's sections ({@link FileView}). */
    FileView open(CurrentUser user, Long clientId) {
        return open(user, clientId, EnumSet.allOf(ClientAccess.class));
    }

    /** The same, for a page of the file that only some levels of access may read (the handover summary). */
    FileView open(CurrentUser user, Long clientId, Set<ClientAccess> allowed) {
        ClientVisibility.Scope scope = visibility.scopeOf(user);
        Specification<Client> byId = (root, query, cb) -> cb.equal(root.get("id"), clientId);
        Client client = clients.findOne(scope.specification().and(byId)).orElse(null);
        ClientAccess access = client == null ? null : scope.accessTo(client).orElse(null);
        if (access == null || !allowed.contains(access)) {
            auditLog.recordDenied(AuditAction.VIEW, clientId, "client", clientId);
            throw new NotFoundException("client");
        }
        auditLog.record(AuditAction.VIEW, clientId, "client", clientId, AuditOutcome.ALLOWED);
        ClientHistory.Rows rows = history.of(client.getId());
        return new FileView(assemble(client, access, rows), user.id(), client.getReferrerId(), rows);
    }

    /** The client for an action by this user, or not found (the refusal is audited). */
    Client loadForAction(CurrentUser user, Long clientId, Set<ClientAccess> allowed) {
        return admit(user, clientId, allowed, AuditAction.UPDATE).client();
    }

    /** A client the policy admitted, with the level of access. */
    record Admitted(Client client, ClientAccess access) {
    }

    Admitted admit(CurrentUser user, Long clientId, Set<ClientAccess> allowed, AuditAction action) {
        ClientVisibility.Scope scope = visibility.scopeOf(user);
        Specification<Client> byId = (root, query, cb) -> cb.equal(root.get("id"), clientId);
        Client client = clients.findOne(scope.specification().and(byId)).orElse(null);
        ClientAccess access = client == null ? null : scope.accessTo(client).orElse(null);
        if (access == null || !allowed.contains(access)) {
            auditLog.recordDenied(action, clientId, "client", clientId);
            throw new NotFoundException("client");
        }
        return new Admitted(client, access);
    }



    private ClientFile assemble(Client c, ClientAccess access, ClientHistory.Rows rows) {
        boolean referrerView = access == ClientAccess.REFERRER;
        List<ClientHistory.PhaseRow> history = rows.phases();
        List<ClientHistory.AssignmentRow> assignmentRows = rows.assignments();

        Set<Long> userIds = new HashSet<>();
        Stream.of(c.getCoachId(), c.getCoverCoachId(), c.getReferrerId()).filter(Objects::nonNull)
                .forEach(userIds::add);
        history.stream().map(ClientHistory.PhaseRow::changedBy).filter(Objects::nonNull).forEach(userIds::add);
        assignmentRows.forEach(a -> userIds.add(a.coachId()));
        Map<Long, UserSummary> people = accounts.byIds(userIds);
        Map<Long, OrganisationSummary> orgs = organisations.byIds(List.of(c.getReferringOrganisationId()));
        String department = c.getReferringDepartmentId() == null ? null
                : organisations.departmentsByIds(List.of(c.getReferringDepartmentId())).values().stream()
                .map(DepartmentSummary::name).findFirst().orElse(null);
        TrackSummary track = referenceData.track(c.getTrackId()).orElseThrow();

        List<ClientFile.PhaseStep> steps = history.stream().map(h -> new ClientFile.PhaseStep(h.fromPhase(),
                h.toPhase(), h.changedOn(), referrerView ? null : PhaseReason.of(h.reason(), referenceData),
                referrerView ? null : name(people, h.changedBy()))).toList();
        List<ClientFile.AssignmentView> assignmentViews = assignmentRows.stream()
                .map(a -> new ClientFile.AssignmentView(name(people, a.coachId()), a.role(), a.startedOn(),
                        a.endedOn(), referrerView ? null : a.note(), !referrerView && a.handover(),
                        !referrerView && a.handoverUnread())).toList();
        Set<Phase> targets = referrerView ? EnumSet.noneOf(Phase.class) : c.getPhase().manualTargets();

        LocalDate today = LocalDate.now(clock);
        ClientFile.Rhythm rhythmView = null;
        if (!referrerView) {
            ContactHistory contacts = contactHistory.getIfAvailable();
            LastContacts last = contacts == null ? null : contacts.lastContacts(List.of(c.getId())).get(c.getId());
            CaseloadRow row = rhythmRow(null, c, last, today);
            rhythmView = new ClientFile.Rhythm(row.rhythmDays(), c.getRhythmDays() != null, c.getRhythmReason(),
                    row.lastReached(), row.daysSinceReached(), row.nextDue(), row.flame());
        }
        return new ClientFile(c.getId(), access, c.getVersion(), c.getFirstName(), c.getLastName(),
                c.getDateOfBirth(), c.age(today), c.getPhone(), c.getEmail(), c.getAddress(),
                c.getPreferredChannel(), referrerView ? null : c.getLivingSituation(), c.getPhase(),
                c.getPhaseSince(), track, c.getIntakeCategory(), c.getExpectedSchoolLeavingDate(),
                c.getIndication(), c.getOwnQuestion(), c.getPreferredCoachGender(), c.getPreferredLanguage(),
                c.getInterests(), c.getStartedOn(), c.getEndedOn(),
                referenceData.endReason(c.getEndReason()).orElse(null),
                referrerView ? null : c.getAftercareNote(), Person.of(people.get(c.getCoachId())),
                Person.of(people.get(c.getCoverCoachId())), Person.of(people.get(c.getReferrerId())),
                orgs.get(c.getReferringOrganisationId()), department, steps, assignmentViews, targets,
                rhythmView);
    }

    private static String name(Map<Long, UserSummary> people, Long id) {
        UserSummary user = id == null ? null : people.get(id);
        return user == null ? null : user.displayName();
    }

    /**
     * One page plus its total, always as exactly two statements. (Spring Data skips the count
     * for a short first page, which makes the statement count depend on the data.)
     */
    private Page<Client> page(Specification<Client> spec, Pageable pageable) {
        Slice<Client> slice = clients.findBy(spec, query -> query.slice(pageable));
        return new PageImpl<>(slice.getContent(), pageable, clients.count(spec));
    }

    private static Pageable withSort(Pageable pageable, Sort sort) {
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
    }

    /** Names for the ids on one page of clients: tracks, organisations, people; three queries. */
    private Labels labels(List<Client> page, boolean withReferrers) {
        return labels(page.stream().map(Client::getReferringOrganisationId).toList(),
                page.stream().flatMap(c -> Stream.of(c.getCoachId(), withReferrers ? c.getReferrerId() : null))
                        .toList());
    }

    private Labels labels(List<ClientCard> page) {
        return labels(page.stream().map(ClientCard::referringOrganisationId).toList(),
                page.stream().map(ClientCard::coachId).toList());
    }

    private Labels labels(List<Long> organisationIds, List<Long> userIds) {
        Set<Long> organisations = organisationIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        Set<Long> users = userIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        return new Labels(referenceData.tracksById(), this.organisations.byIds(organisations), accounts.byIds(users));
    }

    private record Labels(Map<Long, TrackSummary> tracks, Map<Long, OrganisationSummary> organisations,
                          Map<Long, UserSummary> people) {

        TrackSummary track(Long id) {
            return tracks.get(id);
        }

        String organisation(Long id) {
            OrganisationSummary organisation = id == null ? null : organisations.get(id);
            return organisation == null ? null : organisation.name();
        }

        String person(Long id) {
            UserSummary user = id == null ? null : people.get(id);
            return user == null ? null : user.displayName();
        }
    }
}
