package nl.waakvlam.client;

import nl.waakvlam.security.AccountService;
import nl.waakvlam.security.AuditAction;
import nl.waakvlam.security.AuditLog;
import nl.waakvlam.security.AuditOutcome;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.security.UserSummary;
import nl.waakvlam.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The handover from the record. A change of primary coach (one client, or a caseload moved) is a
 * handover: the new coach reads a summary of the file as it stands (phase and rhythm, last contacts,
 * open goals with owners, the early-warning plan, the network, open scale-ups, feedback agreements,
 * consent, appointments still to come, the end plan, and private notes only where their author
 * marked them "voor de overdracht"), acknowledges it, and can plan a warm handover visit with the
 * coach who handed over. The project leader sees which handovers are still unread.
 */
@Service
@Transactional
class Handovers {

    /** Who reads a handover summary: the coaches of the client and the project leader, never a referrer. */
    static final Set<ClientAccess> READERS = EnumSet.of(ClientAccess.FULL, ClientAccess.COVER, ClientAccess.METADATA);

    private final ClientQueries queries;
    private final ClientCards cards;
    private final ClientVisibility visibility;
    private final AssignmentRepository assignments;
    private final EndPlanRepository endPlans;
    private final ObjectProvider<HandoverPart> parts;
    private final AccountService accounts;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Handovers(ClientQueries queries, ClientCards cards, ClientVisibility visibility, AssignmentRepository assignments,
              EndPlanRepository endPlans, ObjectProvider<HandoverPart> parts, AccountService accounts,
              AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
        this.endPlans = endPlans;
        this.queries = queries;
        this.cards = cards;
        this.visibility = visibility;
        this.assignments = assignments;
        this.parts = parts;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** The current handover of a client: who handed over to whom, when, the note, read or not, the warm visit. */
    public record Handover(Long clientId, Person coach, Person previousCoach, LocalDate on, String note,
                           Instant readAt, LocalDateTime warmVisitAt, String warmVisitPlace, long version) {

        public boolean unread() {
            return readAt == null;
        }
    }

    /** A part of the summary ready to render. */
    public record Part(String fragment, Object data) {
    }

    /** A handover not yet read, in the project leader's list. */
    public record Unread(Long clientId, String clientName, Phase phase, String coach, String previousCoach,
                         LocalDate on, long days, LocalDateTime warmVisitAt) {
    }

    /** The handover of the file being viewed, or null when the client never changed coach. */
    @Transactional(readOnly = true)
    Handover of(FileView view) {
        return assignments.findFirstByClientIdAndRoleAndEndedOnIsNull(view.clientId(), AssignmentRole.PRIMARY)
                .filter(a -> a.getPreviousCoachId() != null)
                .map(this::handover).orElse(null);
    }

    /** The end plan ("borging"), when one is written: who the client can turn to and which agreements stay. */
    @Transactional(readOnly = true)
    EndPlan.View endPlan(FileView view) {
        return endPlans.findById(view.clientId()).map(p -> p.view(view.file().endedOn())).orElse(null);
    }

    /** The other modules' parts of the summary, in order; each reads what it shows, in this transaction. */
    @Transactional(readOnly = true)
    List<Part> parts(FileView view) {
        List<Part> rendered = new ArrayList<>();
        for (HandoverPart part : placedParts()) {
            Object data = part.data(view);
            if (data != null) {
                rendered.add(new Part(part.fragment(), data));
            }
        }
        return rendered;
    }

    /** The new coach has read the handover; it leaves Vandaag and the project leader's list. */
    void read(CurrentUser coach, Long clientId) {
        queries.admit(coach, clientId, EnumSet.of(ClientAccess.FULL), AuditAction.UPDATE);
        Assignment assignment = current(clientId);
        if (!coach.id().equals(assignment.getCoachId())) {
            throw new NotFoundException("handover");
        }
        assignment.read(clock.instant());
        auditLog.record(AuditAction.UPDATE, clientId, "handover", assignment.getId(), AuditOutcome.ALLOWED);
    }

    /**
     * Plans, moves or (with {@code at} null) calls off the warm handover visit: the new coach, the
     * client and the coach who handed over. The coach who handed over hears of it.
     */
    void planWarmVisit(CurrentUser user, Long clientId, long seenVersion, LocalDateTime at, String place) {
        queries.admit(user, clientId, EnumSet.of(ClientAccess.FULL, ClientAccess.METADATA), AuditAction.UPDATE);
        Assignment assignment = current(clientId);
        if (at != null && at.isBefore(LocalDateTime.now(clock).minusMinutes(5))) {
            throw new LifecycleException("handover.warmVisitInPast");
        }
        LocalDateTime before = assignment.getWarmVisitAt();
        assignment.planWarmVisit(seenVersion, at, place == null || place.isBlank() ? null : place.strip());
        assignments.flush();
        auditLog.record(AuditAction.UPDATE, clientId, "handover", assignment.getId(), AuditOutcome.ALLOWED);
        if (at != null || before != null) {
            events.publishEvent(new WarmVisitPlanned(clientId, assignment.getCoachId(),
                    assignment.getPreviousCoachId(), at, assignment.getWarmVisitPlace()));
        }
    }

    /** The project leader's list: every handover not yet read by the new coach, by client name. */
    @Transactional(readOnly = true)
    Page<Unread> unread(CurrentUser projectLeader, Pageable pageable) {
        Specification<Client> spec = visibility.visibleTo(projectLeader).and(Handovers::hasUnreadHandover);
        Page<ClientCard> page = cards.page(spec, pageable);
        if (page.isEmpty()) {
            return page.map(c -> null);
        }
        Map<Long, Assignment> byClient = assignments.findByClientIdInAndRoleAndEndedOnIsNull(
                        page.map(ClientCard::id).getContent(), AssignmentRole.PRIMARY).stream()
                .collect(Collectors.toMap(Assignment::getClientId, Function.identity(), (a, b) -> a));
        Set<Long> coachIds = new HashSet<>();
        byClient.values().forEach(a -> {
            coachIds.add(a.getCoachId());
            coachIds.add(a.getPreviousCoachId());
        });
        Map<Long, UserSummary> coaches = accounts.byIds(coachIds);
        LocalDate today = LocalDate.now(clock);
        List<Unread> rows = page.getContent().stream().filter(c -> byClient.containsKey(c.id())).map(c -> {
            Assignment a = byClient.get(c.id());
            return new Unread(c.id(), c.fullName(), c.phase(), name(coaches.get(a.getCoachId())),
                    name(coaches.get(a.getPreviousCoachId())), a.getStartedOn(),
                    ChronoUnit.DAYS.between(a.getStartedOn(), today), a.getWarmVisitAt());
        }).toList();
        return new org.springframework.data.domain.PageImpl<>(rows, pageable, page.getTotalElements());
    }

    /**
     * A client with a handover its new coach has not read: the open primary assignment follows
     * another coach and is unread. The subquery is served by the partial index on unread handovers.
     */
    private static jakarta.persistence.criteria.Predicate hasUnreadHandover(
            Root<Client> root, jakarta.persistence.criteria.CriteriaQuery<?> query,
            jakarta.persistence.criteria.CriteriaBuilder cb) {
        Subquery<Long> unread = query.subquery(Long.class);
        Root<Assignment> a = unread.from(Assignment.class);
        unread.select(a.get("clientId")).where(cb.equal(a.get("clientId"), root.get("id")),
                cb.equal(a.get("coachId"), root.get("coachId")),
                cb.equal(a.get("role"), AssignmentRole.PRIMARY), cb.isNull(a.get("endedOn")),
                cb.isNotNull(a.get("previousCoachId")), cb.isNull(a.get("handoverReadAt")));
        return cb.exists(unread);
    }

    private Assignment current(Long clientId) {
        return assignments.findFirstByClientIdAndRoleAndEndedOnIsNull(clientId, AssignmentRole.PRIMARY)
                .filter(a -> a.getPreviousCoachId() != null)
                .orElseThrow(() -> new NotFoundException("handover"));
    }

    private Handover handover(Assignment a) {
        Map<Long, UserSummary> coaches = accounts.byIds(List.of(a.getCoachId(), a.getPreviousCoachId()));
        return new Handover(a.getClientId(), Person.of(coaches.get(a.getCoachId())),
                Person.of(coaches.get(a.getPreviousCoachId())), a.getStartedOn(), a.getNote(), a.getHandoverReadAt(),
                a.getWarmVisitAt(), a.getWarmVisitPlace(), a.getVersion());
    }

    private static String name(UserSummary user) {
        return user == null ? "" : user.displayName();
    }

    private volatile List<HandoverPart> placedParts;

    /** The parts in their order, worked out once: their place never changes. */
    private List<HandoverPart> placedParts() {
        List<HandoverPart> placed = placedParts;
        if (placed == null) {
            placed = parts.orderedStream().sorted(Comparator.comparingInt(HandoverPart::order)).toList();
            placedParts = placed;
        }
        return placed;
    }
}
