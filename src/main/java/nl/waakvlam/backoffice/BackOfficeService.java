package nl.waakvlam.backoffice;

import nl.waakvlam.client.ClientAccess;
import nl.waakvlam.client.ClientGate;
import nl.waakvlam.client.ClientService;
import nl.waakvlam.coach.AbsenceDetails;
import nl.waakvlam.coach.CoachService;
import nl.waakvlam.notification.NotificationService;
import nl.waakvlam.notification.NotificationType;
import nl.waakvlam.security.AccountService;
import nl.waakvlam.security.AuditAction;
import nl.waakvlam.security.AuditLog;
import nl.waakvlam.security.AuditOutcome;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.security.UserSummary;
import nl.waakvlam.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The back office's work: the directory of clients with their coach's availability, and call-back
 * requests from taking to done. It reads client names, phases and coaches through the client
 * module's directory (audited per listed client) and never opens a file.
 */
@Service
@Transactional
public class BackOfficeService {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final ClientService clients;
    private final ClientGate gate;
    private final CoachService coaches;
    private final AccountService accounts;
    private final NotificationService notifications;
    private final CallbackRequestRepository callbacks;
    private final AuditLog auditLog;
    private final MessageSource messages;
    private final Clock clock;

    BackOfficeService(ClientService clients, ClientGate gate, CoachService coaches, AccountService accounts,
                      NotificationService notifications, CallbackRequestRepository callbacks, AuditLog auditLog,
                      MessageSource messages, Clock clock) {
        this.clients = clients;
        this.gate = gate;
        this.coaches = coaches;
        this.accounts = accounts;
        this.notifications = notifications;
        this.callbacks = callbacks;
        this.auditLog = auditLog;
        this.messages = messages;
        this.clock = clock;
    }

    /** A client in the directory with the coach and whether the coach can be reached today. */
    record Line(ClientService.DirectoryEntry client, String coach, String cover, LocalDate absentUntil,
                String standIn) {
    }

    Page<Line> directory(CurrentUser user, String search, Pageable pageable) {
        Page<ClientService.DirectoryEntry> page = clients.directory(user, search, pageable);
        Map<Long, AbsenceDetails> absent = new HashMap<>();
        coaches.absentOn(LocalDate.now(clock)).forEach(a -> absent.put(a.coachId(), a));
        Map<Long, UserSummary> people = coachNames();
        return page.map(c -> {
            AbsenceDetails absence = c.coachId() == null ? null : absent.get(c.coachId());
            Long standIn = absence == null ? null : c.coverCoachId() != null ? c.coverCoachId() : absence.coverCoachId();
            return new Line(c, name(people, c.coachId()), name(people, c.coverCoachId()),
                    absence == null ? null : absence.endsOn(), name(people, standIn));
        });
    }

    /** The client a call is about, for the form; not found when there is none (or it was anonymised). */
    ClientService.DirectoryEntry client(Long clientId) {
        ClientService.DirectoryEntry entry = clientId == null ? null
                : clients.directoryEntries(List.of(clientId)).get(clientId);
        if (entry == null) {
            throw new NotFoundException("client");
        }
        return entry;
    }

    /**
     * Takes a call for the client's coach: stored, audited, and in the coach's inbox (and, while the
     * coach is away, the colleague standing in's) with who to call back and why.
     */
    Long take(CurrentUser backOffice, CallbackForm form) {
        ClientService.DirectoryEntry client = client(form.getClientId());
        if (client.coachId() == null) {
            throw new CallbackException("clientId", "callback.noCoach");
        }
        CallbackRequest saved = register(client, form.getCallerName().strip(), form.getCallerPhone().strip(),
                form.getCallerKind(), form.getMessage().strip(), form.getUrgency(), backOffice.id(), clock.instant());
        auditLog.record(AuditAction.CREATE, client.id(), "callback_request", saved.getId(), AuditOutcome.ALLOWED);
        return saved.getId();
    }

    /**
     * A call taken earlier (the demo programme's): stored and announced like one taken on the page.
     * {@code callerKind} and {@code urgency} are the names the page's choices send (REFERRER, TODAY, …).
     */
    public Long importCallback(Long clientId, String callerName, String callerPhone, String callerKind,
                               String message, String urgency, Long takenBy, Instant takenAt) {
        return register(client(clientId), callerName, callerPhone, CallbackRequest.CallerKind.valueOf(callerKind),
                message, CallbackRequest.Urgency.valueOf(urgency), takenBy, takenAt).getId();
    }

    private CallbackRequest register(ClientService.DirectoryEntry client, String callerName, String callerPhone,
                                     CallbackRequest.CallerKind kind, String message, CallbackRequest.Urgency urgency,
                                     Long takenBy, Instant takenAt) {
        CallbackRequest saved = callbacks.save(new CallbackRequest(client.id(), client.coachId(), callerName,
                callerPhone, kind, message, urgency, takenBy, takenAt));
        String detail = messages.getMessage("notification.callback.detail", new Object[]{saved.getCallerName(),
                saved.getCallerPhone(), messages.getMessage("callback.urgency." + saved.getUrgency(), null, DUTCH),
                saved.getMessage()}, DUTCH);
        notifications.deliver(client.coachId(), NotificationType.CALLBACK_REQUESTED, "notification.callback",
                "/callbacks/" + saved.getId(), client.id(), detail);
        return saved;
    }

    /** A request as the pages show it. */
    record View(Long id, Long clientId, String client, String coach, String callerName, String callerPhone,
                CallbackRequest.CallerKind callerKind, String message, CallbackRequest.Urgency urgency,
                Instant createdAt, Instant doneAt, String doneBy) {
    }

    @Transactional(readOnly = true)
    Page<View> open(Pageable pageable) {
        return views(callbacks.findByDoneAtIsNullOrderByCreatedAtAscIdAsc(pageable));
    }

    @Transactional(readOnly = true)
    Page<View> done(Pageable pageable) {
        return views(callbacks.findByDoneAtIsNotNullOrderByDoneAtDescIdDesc(pageable));
    }

    /** The request for the coach (or the colleague standing in), through the client gate, audited. */
    View forCoach(CurrentUser coach, Long id) {
        CallbackRequest request = callbacks.findById(id).orElseThrow(() -> new NotFoundException("callback"));
        gate.open(coach, request.getClientId(), ClientAccess.COACHES, AuditAction.VIEW, "callback_request", id);
        return views(new org.springframework.data.domain.PageImpl<>(List.of(request))).getContent().get(0);
    }

    void markDone(CurrentUser coach, Long id) {
        CallbackRequest request = callbacks.findById(id).orElseThrow(() -> new NotFoundException("callback"));
        gate.open(coach, request.getClientId(), ClientAccess.COACHES, AuditAction.UPDATE, "callback_request", id);
        request.done(coach.id(), clock.instant());
    }

    private Page<View> views(Page<CallbackRequest> page) {
        Map<Long, UserSummary> people = accounts.byIds(page.getContent().stream()
                .flatMap(r -> java.util.stream.Stream.of(r.getCoachId(), r.getDoneBy()))
                .filter(java.util.Objects::nonNull).toList());
        Map<Long, ClientService.DirectoryEntry> entries = page.isEmpty() ? Map.of()
                : clients.directoryEntries(page.getContent().stream().map(CallbackRequest::getClientId).toList());
        return page.map(r -> new View(r.getId(), r.getClientId(),
                entries.containsKey(r.getClientId()) ? entries.get(r.getClientId()).fullName() : null,
                name(people, r.getCoachId()), r.getCallerName(), r.getCallerPhone(), r.getCallerKind(), r.getMessage(),
                r.getUrgency(), r.getCreatedAt(), r.getDoneAt(), name(people, r.getDoneBy())));
    }

    private Map<Long, UserSummary> coachNames() {
        Map<Long, UserSummary> people = new HashMap<>();
        accounts.withRole(nl.waakvlam.security.Role.COACH).forEach(u -> people.put(u.id(), u));
        return people;
    }

    private static String name(Map<Long, UserSummary> people, Long id) {
        UserSummary user = id == null ? null : people.get(id);
        return user == null ? null : user.displayName();
    }
}
