package nl.waakvlam.escalation;

import nl.waakvlam.client.AttentionItem;
import nl.waakvlam.client.AttentionSource;
import nl.waakvlam.client.ClientAccess;
import nl.waakvlam.client.ClientGate;
import nl.waakvlam.client.ClientHeader;
import nl.waakvlam.client.ClientService;
import nl.waakvlam.client.FileView;
import nl.waakvlam.client.LifecycleService;
import nl.waakvlam.client.Phase;
import nl.waakvlam.client.TimelineEntry;
import nl.waakvlam.client.TimelineFilter;
import nl.waakvlam.client.TimelineSource;
import nl.waakvlam.organisation.OrganisationService;
import nl.waakvlam.organisation.OrganisationSummary;
import nl.waakvlam.organisation.OrganisationType;
import nl.waakvlam.reference.LifeDomainView;
import nl.waakvlam.reference.ReferenceData;
import nl.waakvlam.security.AuditAction;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Records events and keeps them consistent with the client's phase (one transaction: the event,
 * the phase change, the closing of a scale-up, the audit row). Serves the early-warning plan and
 * the plan of action, and contributes to the timeline and the today list.
 */
@Service
@Transactional
public class EventService implements TimelineSource, AttentionSource {

    static final Set<ClientAccess> COACHES = ClientAccess.COACHES;
    static final Set<ClientAccess> READERS = EnumSet.of(ClientAccess.FULL, ClientAccess.COVER, ClientAccess.METADATA);

    private final ClientEventRepository events;
    private final WarningSignRepository signs;
    private final PlanActionRepository actions;
    private final MandateAdviceRepository mandates;
    private final ClientGate gate;
    private final ClientService clients;
    private final LifecycleService lifecycle;
    private final OrganisationService organisations;
    private final ReferenceData referenceData;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;
    private final ClientPlans plans;
    private final JdbcTemplate jdbc;

    EventService(ClientEventRepository events, WarningSignRepository signs, PlanActionRepository actions,
                 MandateAdviceRepository mandates, ClientGate gate, ClientService clients, LifecycleService lifecycle,
                 OrganisationService organisations, ReferenceData referenceData, Clock clock,
                 ApplicationEventPublisher publisher, ClientPlans plans, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.publisher = publisher;
        this.events = events;
        this.signs = signs;
        this.actions = actions;
        this.mandates = mandates;
        this.gate = gate;
        this.clients = clients;
        this.lifecycle = lifecycle;
        this.organisations = organisations;
        this.referenceData = referenceData;
        this.clock = clock;
    }

    /** What the event form needs: the client, its warning signs, open scale-ups, organisations. */
    public record FormContext(ClientHeader client, List<EventViews.WarningSignView> warningSigns,
                              List<EventViews.OpenScaleUp> openScaleUps, List<OrganisationSummary> organisations,
                              List<LifeDomainView> domains) {
    }

    public FormContext formContext(CurrentUser coach, Long clientId) {
        ClientHeader client = gate.open(coach, clientId, COACHES, AuditAction.VIEW, "client", clientId);
        return new FormContext(client, warningSigns(clientId), openScaleUps(clientId, LocalDate.now(clock)),
                organisations.active(), referenceData.lifeDomains());
    }

    /**
     * Records an event. A new organisation named inline is added to the sociale kaart first.
     * Returns the phase the client moved to, if the event moved it.
     */
    public Optional<Phase> record(CurrentUser coach, Long clientId, EventDetails details, String newOrganisationName,
                                  Long returnFromScaleUpId) {
        ClientHeader client = gate.open(coach, clientId, COACHES, AuditAction.CREATE, "event", null);
        if (!referenceData.areKnownLifeDomains(details.lifeDomainIds())) {
            throw new EventException("lifeDomainIds", "lifeDomain.unknown");
        }
        requireKnownOrganisation("targetOrganisationId", details.targetOrganisationId());
        LocalDate today = LocalDate.now(clock);
        EventDetails effective = details;
        if (details.type() == EventType.SCALE_UP && details.targetOrganisationId() == null
                && newOrganisationName != null && !newOrganisationName.isBlank()) {
            // a name already on the kaart (in any capitals) is that organisation, not a second one
            Optional<OrganisationSummary> known = organisations.findByNameIgnoringCase(newOrganisationName);
            if (known.isPresent() && !known.get().active()) {
                throw new EventException("newOrganisationName", "organisation.inactiveName");
            }
            Long organisation = known.isPresent() ? known.get().id()
                    : organisations.createIfAbsent(newOrganisationName.strip(), OrganisationType.CARE_PROVIDER, null,
                    null, null, List.of()).id();
            effective = withTarget(details, organisation);
        }
        if (effective.warningSignId() != null && signs.findById(effective.warningSignId())
                .filter(s -> s.getClientId().equals(clientId)).isEmpty()) {
            throw new EventException("warningSignId", "event.unknownWarningSign");
        }
        List<ClientEvent> open = events.openScaleUps(clientId);
        Optional<Phase> target = EventRules.apply(effective.type(), client.phase(), effective.backToIntensive(),
                !open.isEmpty());
        Phase before = client.phase();
        if (target.isPresent()) {
            lifecycle.moveAlongWithEvent(coach, clientId, target.get(), effective.occurredOn(),
                    truncate(effective.whatHappened(), 1000));
        }
        ClientEvent event = events.save(new ClientEvent(clientId, effective, before, target.orElse(before), coach.id(),
                clock.instant(), today));
        if (event.isSignificant()) {
            publisher.publishEvent(new SignificantEventRecorded(clientId, event.getId()));
        }
        if (effective.type() == EventType.RETURN) {
            ClientEvent scaleUp = open.stream()
                    .filter(s -> returnFromScaleUpId == null || s.getId().equals(returnFromScaleUpId))
                    .findFirst().orElseThrow(() -> new EventException("returnFromScaleUpId", "event.returnWithoutScaleUp"));
            scaleUp.closeByReturn(event.getId(), effective.occurredOn());
        }
        return target;
    }

    /** A significant event as a referrer may see it: kind, date, organisation; never the narrative. */
    public record SharedEvent(Long id, EventType type, LocalDate occurredOn, String organisation,
                              TransitionType transitionType) {
    }

    /** Significant events of a client in a period, oldest first (the caller checked consent). */
    @Transactional(readOnly = true)
    public List<SharedEvent> significantEvents(Long clientId, LocalDate from, LocalDate until) {
        List<ClientEvent> rows = allEvents(clientId).stream()
                .filter(ClientEvent::isSignificant)
                .filter(e -> !e.getOccurredOn().isBefore(from) && !e.getOccurredOn().isAfter(until)).toList();
        Map<Long, String> names = organisationNames(rows);
        return rows.stream().map(e -> new SharedEvent(e.getId(), e.getType(), e.getOccurredOn(),
                names.get(e.getTargetOrganisationId()), e.getTransitionType())).toList();
    }

    private static EventDetails withTarget(EventDetails d, Long organisation) {
        return new EventDetails(d.type(), d.occurredOn(), d.lifeDomainIds(), d.source(), d.whatHappened(),
                d.actionTaken(), d.outcome(), d.followUpOn(), d.severity(), d.significant(), d.warningSignId(),
                d.backToIntensive(), organisation, d.careKind(), d.referralFormStatus(), d.waitingSince(),
                d.expectedStart(), d.bridging(), d.infoExchangeConsent(), d.transitionType(),
                d.organisationsInvolved(), d.warmHandover());
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    public void updateScaleUp(CurrentUser coach, Long clientId, Long eventId, long seenVersion,
                              ReferralFormStatus formStatus, LocalDate expectedStart, ScaleUpOutcome outcome) {
        gate.open(coach, clientId, COACHES, AuditAction.UPDATE, "event", eventId);
        ClientEvent event = ownEvent(clientId, eventId);
        if (event.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(ClientEvent.class, eventId);
        }
        event.updateScaleUp(formStatus, expectedStart, outcome, LocalDate.now(clock));
    }

    public void followUpDone(CurrentUser coach, Long clientId, Long eventId) {
        gate.open(coach, clientId, COACHES, AuditAction.UPDATE, "event", eventId);
        ownEvent(clientId, eventId).followUpDone(clock.instant());
    }

    private ClientEvent ownEvent(Long clientId, Long eventId) {
        return events.findById(eventId).filter(e -> e.getClientId().equals(clientId))
                .orElseThrow(() -> new NotFoundException("event"));
    }

    // --- early-warning plan

    public void addWarningSign(CurrentUser coach, Long clientId, String sign, String action, String whoActs) {
        gate.open(coach, clientId, COACHES, AuditAction.UPDATE, "warningSign", null);
        signs.save(new WarningSign(clientId, sign, action, whoActs, coach.id(), clock.instant()));
    }

    public void retireWarningSign(CurrentUser coach, Long clientId, Long signId) {
        gate.open(coach, clientId, COACHES, AuditAction.UPDATE, "warningSign", signId);
        signs.findById(signId).filter(s -> s.getClientId().equals(clientId))
                .orElseThrow(() -> new NotFoundException("warning sign")).retire();
    }

    List<EventViews.WarningSignView> warningSigns(Long clientId) {
        return signs.findByClientIdAndActiveTrueOrderById(clientId).stream()
                .map(s -> new EventViews.WarningSignView(s.getId(), s.getSign(), s.getAction(), s.getWhoActs()))
                .toList();
    }

    // --- plan of action and mandate advice

    public void addAction(CurrentUser coach, Long clientId, Long lifeDomainId, String description, ActionOwner owner,
                          Long organisationId, LocalDate dueOn) {
        gate.open(coach, clientId, COACHES, AuditAction.UPDATE, "planAction", null);
        requireKnownDomain(lifeDomainId);
        requireKnownOrganisation("organisationId", organisationId);
        actions.save(new PlanAction(clientId, lifeDomainId, description, owner, organisationId, dueOn, coach.id(),
                clock.instant()));
    }

    public void updateAction(CurrentUser coach, Long clientId, Long actionId, long seenVersion, ActionStatus status,
                             String checkedNote) {
        gate.open(coach, clientId, COACHES, AuditAction.UPDATE, "planAction", actionId);
        actions.findById(actionId).filter(a -> a.getClientId().equals(clientId))
                .orElseThrow(() -> new NotFoundException("action")).update(status, checkedNote, seenVersion);
    }

    public void addMandate(CurrentUser coach, Long clientId, Long organisationId, Long lifeDomainId, String advice,
                           LocalDate sentOn) {
        gate.open(coach, clientId, COACHES, AuditAction.UPDATE, "mandate", null);
        requireKnownDomain(lifeDomainId);
        requireKnownOrganisation("organisationId", organisationId);
        if (sentOn == null || sentOn.isAfter(LocalDate.now(clock))) {
            throw new EventException("sentOn", "event.dateInFuture");
        }
        mandates.save(new MandateAdvice(clientId, organisationId, lifeDomainId, advice, sentOn, coach.id(),
                clock.instant()));
    }

    /**
     * An optional organisation id must name an active one on the sociale kaart (a form error, never a
     * database error): a deactivated organisation is no longer chosen for something new.
     */
    private void requireKnownOrganisation(String field, Long organisationId) {
        if (organisationId != null && !organisations.isActive(organisationId)) {
            throw new EventException(field, "organisation.unknown");
        }
    }

    private void requireKnownDomain(Long lifeDomainId) {
        if (!referenceData.isKnownLifeDomain(lifeDomainId)) {
            throw new EventException("lifeDomainId", "lifeDomain.unknown");
        }
    }

    public void decideMandate(CurrentUser coach, Long clientId, Long mandateId, MandateDecision decision,
                              String reason, LocalDate decidedOn) {
        gate.open(coach, clientId, COACHES, AuditAction.UPDATE, "mandate", mandateId);
        mandates.findById(mandateId).filter(m -> m.getClientId().equals(clientId))
                .orElseThrow(() -> new NotFoundException("mandate")).decide(decision, reason, decidedOn);
    }

    /** All of a client's events, oldest first (a client has dozens of events, not thousands). */
    private List<ClientEvent> allEvents(Long clientId) {
        return events.findByClientIdOrderByOccurredOnAscIdAsc(clientId);
    }

    /** All events of the client whose file is being viewed: the overview and the timeline share one read. */
    private List<ClientEvent> allEvents(FileView file) {
        return file.shared(AllEvents.class, () -> new AllEvents(allEvents(file.clientId()))).events();
    }

    private record AllEvents(List<ClientEvent> events) {
    }

    // --- what the client file shows

    @Transactional(readOnly = true)
    public EventViews.EscalationOverview overview(FileView file) {
        LocalDate today = LocalDate.now(clock);
        List<ClientEvent> all = allEvents(file);
        Map<Long, String> names = organisationNames(all);
        List<EventViews.OpenScaleUp> open = all.stream().filter(ClientEvent::isOpenScaleUp)
                .map(e -> openScaleUp(e, names, today)).toList();
        return new EventViews.EscalationOverview(file.clientId(), COACHES.contains(file.access()), open,
                EscalationChart.of(file.phaseSteps(), all, today));
    }

    @Transactional(readOnly = true)
    public EventViews.WarningPlan warningPlan(FileView file) {
        return new EventViews.WarningPlan(file.clientId(), COACHES.contains(file.access()), plans.of(file).signs());
    }

    @Transactional(readOnly = true)
    public EventViews.ActionPlan actionPlan(FileView file) {
        Long clientId = file.clientId();
        ClientAccess access = file.access();
        ClientPlans.Plans plan = plans.of(file);
        List<LifeDomainView> domains = referenceData.lifeDomains();
        Locale locale = LocaleContextHolder.getLocale(); // the page's language, not always Dutch
        Map<Long, String> domainNames = domains.stream()
                .collect(Collectors.toMap(LifeDomainView::id, d -> d.name(locale)));
        List<OrganisationSummary> all = organisations.all();
        Map<Long, String> orgNames = all.stream().collect(Collectors.toMap(OrganisationSummary::id,
                OrganisationSummary::name));
        return new EventViews.ActionPlan(clientId, COACHES.contains(access),
                plan.actions().stream().map(a -> new EventViews.PlanActionView(a.id(), domainNames.get(a.lifeDomainId()),
                        a.description(), a.owner(), orgNames.get(a.organisationId()), a.status(),
                        a.dueOn(), a.checkedWithOrganisation(), a.version())).toList(),
                plan.mandates().stream().map(m -> new EventViews.MandateView(m.id(), orgNames.get(m.organisationId()),
                        domainNames.get(m.lifeDomainId()), m.advice(), m.sentOn(), m.decision(),
                        m.decisionReason(), m.decidedOn())).toList(), domains,
                all.stream().filter(OrganisationSummary::active).toList());
    }

    private Map<Long, String> organisationNames(List<ClientEvent> list) {
        Set<Long> ids = list.stream().map(ClientEvent::getTargetOrganisationId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> names = new HashMap<>();
        organisations.byIds(ids).values().forEach(o -> names.put(o.id(), o.name()));
        return names;
    }

    private List<EventViews.OpenScaleUp> openScaleUps(Long clientId, LocalDate today) {
        List<ClientEvent> open = events.openScaleUps(clientId);
        Map<Long, String> names = organisationNames(open);
        return open.stream().map(e -> openScaleUp(e, names, today)).toList();
    }

    private static EventViews.OpenScaleUp openScaleUp(ClientEvent e, Map<Long, String> names, LocalDate today) {
        return new EventViews.OpenScaleUp(e.getId(), e.getClientId(), names.get(e.getTargetOrganisationId()),
                e.getCareKind(), e.getReferralFormStatus(), e.getWaitingSince(), e.waitingDays(today),
                e.getExpectedStart(), Boolean.TRUE.equals(e.getBridging()), e.getScaleUpOutcome(), e.getVersion());
    }

    @Override
    public String filterFragment() {
        return null;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> entries(FileView file, TimelineFilter filter, Instant before, int limit) {
        ClientAccess access = file.access();
        if (!READERS.contains(access) || filter.type() != null || filter.outcome() != null) {
            return List.of();
        }
        // a client has dozens of events: the timeline takes its part of all of them, newest first
        Long domain = filter.lifeDomainId();
        List<ClientEvent> rows = allEvents(file).stream()
                .filter(e -> e.getOccurredOn().atTime(12, 0).atZone(clock.getZone()).toInstant().isBefore(before))
                .filter(e -> domain == null || Arrays.asList(e.getLifeDomainIds()).contains(domain))
                .sorted(Comparator.comparing(ClientEvent::getOccurredOn).thenComparing(ClientEvent::getId).reversed())
                .limit(limit).toList();
        if (rows.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, String> orgNames = organisationNames(rows);
        Locale locale = LocaleContextHolder.getLocale(); // the page's language, not always Dutch
        Map<Long, String> domainNames = referenceData.lifeDomains().stream()
                .collect(Collectors.toMap(LifeDomainView::id, d -> d.name(locale)));
        Set<Long> signIds = rows.stream().map(ClientEvent::getWarningSignId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        // a HashMap: events without a warning sign look up null, which Map.of() refuses
        Map<Long, String> signTexts = new HashMap<>();
        if (!signIds.isEmpty()) {
            signs.findAllById(signIds).forEach(s -> signTexts.put(s.getId(), s.getSign()));
        }
        boolean coach = COACHES.contains(access);
        return rows.stream().map(e -> new TimelineEntry(e.getOccurredOn().atTime(12, 0).atZone(clock.getZone())
                .toInstant(), e.getId(), "escalation/timeline :: entry", new EventViews.EventView(e.getId(), file.clientId(),
                e.getType(), e.getOccurredOn(), Arrays.stream(e.getLifeDomainIds()).map(domainNames::get)
                .filter(Objects::nonNull).toList(), e.getSource(), e.getWhatHappened(), e.getActionTaken(),
                e.getOutcome(), e.getFollowUpOn(), e.getFollowUpDoneAt() != null, e.getSeverity(), e.isSignificant(),
                signTexts.get(e.getWarningSignId()), orgNames.get(e.getTargetOrganisationId()), e.getCareKind(),
                e.getReferralFormStatus(), e.getWaitingSince(), e.getExpectedStart(), e.getBridging(),
                e.getInfoExchangeConsent(), e.getScaleUpOutcome(), e.getClosedOn(),
                e.getType() == EventType.SCALE_UP ? e.waitingDays(today) : 0, e.getTransitionType(),
                e.getOrganisationsInvolved(), e.getWarmHandover(), e.getPhaseBefore(), e.getPhaseAfter(), coach)))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AttentionItem> attention(Map<Long, String> clientNames, LocalDate today) {
        if (clientNames.isEmpty()) {
            return List.of();
        }
        List<AttentionItem> items = new ArrayList<>();
        // plain JDBC with an array: Hibernate translates a query with an IN list anew for every call
        List<OpenFollowUp> open = jdbc.query("select id, client_id, follow_up_on, what_happened "
                        + "from client_event where client_id = any(?::bigint[]) and follow_up_on is not null "
                        + "and follow_up_on <= ? and follow_up_done_at is null order by follow_up_on, id",
                (rs, n) -> new OpenFollowUp(rs.getLong(1), rs.getLong(2),
                        rs.getObject(3, LocalDate.class), rs.getString(4)),
                clientNames.keySet().toArray(Long[]::new), today);
        for (OpenFollowUp e : open) {
            boolean overdue = e.due().isBefore(today);
            items.add(new AttentionItem(e.clientId(), clientNames.get(e.clientId()), overdue ? 85 : 65,
                    overdue ? "attention.eventFollowUpOverdue" : "attention.eventFollowUpToday",
                    AttentionItem.arguments(e.due()), e.whatHappened().length() > 120
                    ? e.whatHappened().substring(0, 120) + "…" : e.whatHappened(), e.due(),
                    "/clients/" + e.clientId() + "#event-" + e.id()));
        }
        return items;
    }

    /** Records an event from history (demo data, imports): no gate, no phase change. */
    public Long importEvent(Long clientId, Long recordedBy, EventDetails details, Phase phase, Instant at) {
        return events.save(new ClientEvent(clientId, details, phase, phase, recordedBy, at,
                details.occurredOn())).getId();
    }

    /** Closes an imported scale-up with an imported return. */
    public void importReturn(Long scaleUpId, Long returnEventId, LocalDate on) {
        events.findById(scaleUpId).orElseThrow().closeByReturn(returnEventId, on);
    }

    /**
     * The early-warning plan as the client reads it on Mijn Waakvlam: the signs and what happens then.
     * The caller has established that this is the client's own file.
     */
    @Transactional(readOnly = true)
    public List<EventViews.WarningSignView> warningPlanForClientThemselves(Long clientId) {
        return signs.findByClientIdAndActiveTrueOrderById(clientId).stream()
                .map(w -> new EventViews.WarningSignView(w.getId(), w.getSign(), w.getAction(), w.getWhoActs()))
                .toList();
    }

    public Long importWarningSign(Long clientId, String sign, String action, String whoActs, Long by, Instant at) {
        return signs.save(new WarningSign(clientId, sign, action, whoActs, by, at)).getId();
    }

    /** An open follow-up due by a day, as the caseload's "Today" list reads it. */
    private record OpenFollowUp(Long id, Long clientId, LocalDate due, String whatHappened) {
    }
}
