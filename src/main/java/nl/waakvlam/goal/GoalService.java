package nl.waakvlam.goal;

import nl.waakvlam.client.ClientAccess;
import nl.waakvlam.client.ClientFileSection;
import nl.waakvlam.client.ClientGate;
import nl.waakvlam.client.FileView;
import nl.waakvlam.reference.LifeDomainView;
import nl.waakvlam.reference.ReferenceData;
import nl.waakvlam.security.AuditAction;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.shared.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/** Goals per client, and their section on the client file (coaches edit; the project leader reads). */
@Service
@Transactional
public class GoalService implements ClientFileSection {

    static final Set<ClientAccess> COACHES = ClientAccess.COACHES;

    private final GoalRepository goals;
    private final ClientGate gate;
    private final ReferenceData referenceData;
    private final Clock clock;

    GoalService(GoalRepository goals, ClientGate gate, ReferenceData referenceData, Clock clock) {
        this.goals = goals;
        this.gate = gate;
        this.referenceData = referenceData;
        this.clock = clock;
    }

    /** A goal as shown. */
    public record GoalView(Long id, String description, String domain, GoalOwner owner, GoalStatus status,
                           LocalDate targetDate, String progressNotes, long version) {
    }

    /** The goals section of the client file. */
    public record GoalsSection(Long clientId, boolean canEdit, List<GoalView> goals, List<LifeDomainView> domains)
            implements ClientFileSection.Counted {

        /** Goals still being worked on. */
        @Override
        public int navCount() {
            return (int) goals.stream().filter(g -> g.status() == GoalStatus.OPEN).count();
        }

        public GoalOwner[] owners() {
            return GoalOwner.values();
        }

        public GoalStatus[] statuses() {
            return GoalStatus.values();
        }
    }

    public void add(CurrentUser coach, Long clientId, String description, Long lifeDomainId, GoalOwner owner,
                    LocalDate targetDate) {
        gate.open(coach, clientId, COACHES, AuditAction.UPDATE, "goal", null);
        if (!referenceData.isKnownLifeDomain(lifeDomainId)) {
            throw new IllegalArgumentException("unknown life domain");
        }
        goals.save(new Goal(clientId, description, lifeDomainId, owner == null ? GoalOwner.CLIENT : owner, targetDate,
                coach.id(), clock.instant()));
    }

    public void progress(CurrentUser coach, Long clientId, Long goalId, long seenVersion, GoalStatus status,
                         String note) {
        gate.open(coach, clientId, COACHES, AuditAction.UPDATE, "goal", goalId);
        goals.findById(goalId).filter(g -> g.getClientId().equals(clientId))
                .orElseThrow(() -> new NotFoundException("goal"))
                .progress(status, note, LocalDate.now(clock), seenVersion, clock.instant());
    }

    /** Goals of a client as text lines (for report drafts; the caller checked consent for goals). */
    @Transactional(readOnly = true)
    public List<String> summaryLines(Long clientId, Locale locale,
                                     BiFunction<String, Locale, String> label) {
        return goals.findByClientIdOrderByStatusAscTargetDateAscIdAsc(clientId).stream()
                .filter(g -> g.getStatus() != GoalStatus.DROPPED)
                .map(g -> g.getDescription() + " (" + label.apply("goalStatus." + g.getStatus().name(), locale) + ")")
                .toList();
    }

    @Override
    public String slot() {
        return "main";
    }

    @Override
    public String fragment() {
        return "goal/section :: goals";
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Nav nav() {
        return Nav.GOALS;
    }

    @Override
    @Transactional(readOnly = true)
    public Object data(FileView file) {
        Long clientId = file.clientId();
        ClientAccess access = file.access();
        if (access == ClientAccess.REFERRER) {
            return null;
        }
        List<LifeDomainView> domains = referenceData.lifeDomains();
        Map<Long, String> names = new HashMap<>();
        Locale locale = LocaleContextHolder.getLocale(); // the page's language, not always Dutch
        domains.forEach(d -> names.put(d.id(), d.name(locale)));
        return new GoalsSection(clientId, COACHES.contains(access),
                goals.findByClientIdOrderByStatusAscTargetDateAscIdAsc(clientId).stream()
                        .map(g -> new GoalView(g.getId(), g.getDescription(), names.get(g.getLifeDomainId()),
                                g.getOwner(), g.getStatus(), g.getTargetDate(), g.getProgressNotes(), g.getVersion()))
                        .toList(), domains);
    }

    /**
     * The client's goals as the client reads them on Mijn Waakvlam: in their own words, with progress
     * and who works on them; dropped goals left out. The caller has established that this is the
     * client's own file.
     */
    @Transactional(readOnly = true)
    public List<GoalView> forClientThemselves(Long clientId) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, String> names = new HashMap<>();
        referenceData.lifeDomains().forEach(d -> names.put(d.id(), d.name(locale)));
        return goals.findByClientIdOrderByStatusAscTargetDateAscIdAsc(clientId).stream()
                .filter(g -> g.getStatus() != GoalStatus.DROPPED)
                .map(g -> new GoalView(g.getId(), g.getDescription(), names.get(g.getLifeDomainId()), g.getOwner(),
                        g.getStatus(), g.getTargetDate(), g.getProgressNotes(), g.getVersion()))
                .toList();
    }

    /** Demo data and imports. */
    public void importGoal(Long clientId, String description, Long lifeDomainId, GoalOwner owner, GoalStatus status,
                           LocalDate targetDate, Long by) {
        Goal goal = goals.save(new Goal(clientId, description, lifeDomainId, owner, targetDate, by, clock.instant()));
        if (status != GoalStatus.OPEN) {
            goal.progress(status, null, LocalDate.now(clock), goal.getVersion(), clock.instant());
        }
    }
}
