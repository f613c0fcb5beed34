package nl.waakvlam.retention;

import nl.waakvlam.client.ClientAccess;
import nl.waakvlam.client.ClientGate;
import nl.waakvlam.client.ClientRetention;
import nl.waakvlam.notification.NotificationService;
import nl.waakvlam.notification.NotificationType;
import nl.waakvlam.security.AccountService;
import nl.waakvlam.security.AuditAction;
import nl.waakvlam.security.AuditLog;
import nl.waakvlam.security.AuditOutcome;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.security.Role;
import nl.waakvlam.security.UserSummary;
import nl.waakvlam.shared.DataVersions;
import nl.waakvlam.shared.KeptValue;
import nl.waakvlam.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Erasure on request, with four eyes: the project leader asks for it on the client file with a
 * reason, an administrator — necessarily another account — approves it (the file is then anonymised
 * the same way as by the retention job) or rejects it. Until approved, nothing in the file changes.
 */
@Service
@Transactional
public class ErasureService {

    private final ErasureRequestRepository requests;
    private final ClientGate gate;
    private final ClientRetention clients;
    private final AccountService accounts;
    private final AuditLog auditLog;
    private final Clock clock;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    /** The clients with an open request: few at any time, and most client files have none to read. */
    private final KeptValue<Set<Long>> clientsWithOpenRequest;

    ErasureService(ErasureRequestRepository requests, ClientGate gate, ClientRetention clients,
                   AccountService accounts, AuditLog auditLog, Clock clock, DataVersions versions,
                   NotificationService notifications, ApplicationEventPublisher events, MessageSource messages) {
        this.notifications = notifications;
        this.events = events;
        this.messages = messages;
        this.requests = requests;
        this.gate = gate;
        this.clients = clients;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.clock = clock;
        this.clientsWithOpenRequest = versions.keep("erasure-requests",
                () -> Set.copyOf(requests.clientIdsWithStatus(ErasureStatus.REQUESTED)));
    }

    /**
     * An erasure request as the pages show it: people by name; the client by number, and for an open
     * request also by name and year of birth ({@code client}), so the administrator can check it.
     */
    public record ErasureView(Long id, Long clientId, String reason, ErasureStatus status, UserSummary requestedBy,
                              Instant requestedAt, UserSummary decidedBy, Instant decidedAt, long version,
                              String client) {
    }

    /** The project leader asks for the client's file to be erased. One open request per client. */
    public void request(CurrentUser projectLeader, Long clientId, String reason) {
        if (!projectLeader.is(Role.PROJECT_LEADER)) {
            throw new NotFoundException("client");
        }
        gate.open(projectLeader, clientId, Set.of(ClientAccess.METADATA), AuditAction.ERASURE_REQUESTED,
                "erasure_request", null);
        if (requests.findByClientIdAndStatus(clientId, ErasureStatus.REQUESTED).isPresent()) {
            throw new ErasureException("retention.erasure.error.open");
        }
        ErasureRequest saved = requests.saveAndFlush(new ErasureRequest(clientId, reason.strip(), projectLeader.id(),
                clock.instant()));
        clientsWithOpenRequest.forget();
        events.publishEvent(new ErasureRequested(saved.getId(), clientId, projectLeader.id()));
    }

    /**
     * After the request is committed: an inbox item for every active administrator but the one who
     * asked (who cannot decide it anyway). It names the client by number only, with the requester: the
     * administrator reads the name and the reason on the retention page, where that look is audited
     * (the inbox item outlives an approved erasure, so it carries no text about the client).
     */
    @ApplicationModuleListener
    void onErasureRequested(ErasureRequested requested) {
        UserSummary requester = accounts.byIds(List.of(requested.requesterId())).get(requested.requesterId());
        // the reason may name the client and is read on the retention page; the inbox item outlives it
        String detail = messages.getMessage("notification.erasureRequested.detail", new Object[]{
                requested.clientId(), requester == null ? "" : requester.displayName()}, Locale.forLanguageTag("nl"));
        for (UserSummary admin : accounts.withRole(Role.ADMIN)) {
            if (admin.enabled() && !admin.id().equals(requested.requesterId())) {
                notifications.notify(admin.id(), NotificationType.ERASURE_REQUESTED, "notification.erasureRequested",
                        "/admin/retention#erasure-" + requested.requestId(), null, detail);
            }
        }
    }

    /** After the decision is committed: the project leader who asked is told the outcome. */
    @ApplicationModuleListener
    void onErasureDecided(ErasureDecided decided) {
        String detail = messages.getMessage("notification.erasureDecided.detail", new Object[]{decided.clientId()},
                Locale.forLanguageTag("nl"));
        // an approved file is anonymised and out of everyone's reach: the item links to the client list
        notifications.notify(decided.requesterId(), NotificationType.ERASURE_DECIDED,
                decided.approved() ? "notification.erasureApproved" : "notification.erasureRejected",
                decided.approved() ? "/clients?erasure=" + decided.requestId() : "/clients/" + decided.clientId(),
                decided.approved() ? null : decided.clientId(), detail);
    }

    /** The open request for this client, if any (for the client file). */
    @Transactional(readOnly = true)
    public ErasureView openRequest(Long clientId) {
        if (!clientsWithOpenRequest.get().contains(clientId)) {
            return null;
        }
        return requests.findByClientIdAndStatus(clientId, ErasureStatus.REQUESTED).map(r -> views(List.of(r)).get(0))
                .orElse(null);
    }

    /** The requests waiting for an administrator, each naming its client (that look is audited). */
    @Transactional
    public List<ErasureView> open() {
        List<ErasureView> open = views(requests.findByStatusOrderByRequestedAtAscIdAsc(ErasureStatus.REQUESTED));
        Map<Long, String> names = clients.identifyForErasure(open.stream().map(ErasureView::clientId).toList());
        return open.stream().map(v -> new ErasureView(v.id(), v.clientId(), v.reason(), v.status(), v.requestedBy(),
                v.requestedAt(), v.decidedBy(), v.decidedAt(), v.version(), names.get(v.clientId()))).toList();
    }

    @Transactional(readOnly = true)
    public Page<ErasureView> decided(Pageable page) {
        Page<ErasureRequest> rows = requests.findByStatusNotOrderByDecidedAtDescIdDesc(ErasureStatus.REQUESTED, page);
        List<ErasureView> views = views(rows.getContent());
        return rows.map(r -> views.get(rows.getContent().indexOf(r)));
    }

    /** Approves the request and anonymises the file; refused for the requester and for anyone but an administrator. */
    public void approve(CurrentUser admin, Long requestId, long version) {
        ErasureRequest request = decidable(admin, requestId, version);
        request.approve(admin.id(), clock.instant());
        requests.flush();
        clientsWithOpenRequest.forget();
        auditLog.record(AuditAction.ERASURE_APPROVED, request.getClientId(), "erasure_request", request.getId(),
                AuditOutcome.ALLOWED);
        clients.anonymise(request.getClientId());
        events.publishEvent(new ErasureDecided(request.getId(), request.getClientId(), request.getRequestedBy(), true));
    }

    public void reject(CurrentUser admin, Long requestId, long version) {
        ErasureRequest request = decidable(admin, requestId, version);
        request.reject(admin.id(), clock.instant());
        requests.flush();
        clientsWithOpenRequest.forget();
        auditLog.record(AuditAction.ERASURE_REJECTED, request.getClientId(), "erasure_request", request.getId(),
                AuditOutcome.ALLOWED);
        events.publishEvent(new ErasureDecided(request.getId(), request.getClientId(), request.getRequestedBy(), false));
    }

    private ErasureRequest decidable(CurrentUser admin, Long requestId, long version) {
        ErasureRequest request = requests.findById(requestId).orElseThrow(() -> new NotFoundException("erasure request"));
        if (!admin.is(Role.ADMIN)) {
            throw new NotFoundException("erasure request");
        }
        if (request.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(ErasureRequest.class, requestId);
        }
        if (admin.id().equals(request.getRequestedBy())) {
            auditLog.recordDenied(AuditAction.ERASURE_APPROVED, request.getClientId(), "erasure_request", requestId);
            throw new ErasureException("retention.erasure.error.fourEyes");
        }
        return request;
    }

    private List<ErasureView> views(List<ErasureRequest> rows) {
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> Stream.of(r.getRequestedBy(), r.getDecidedBy()).filter(Objects::nonNull).forEach(ids::add));
        Map<Long, UserSummary> people = ids.isEmpty() ? Map.of() : accounts.byIds(ids);
        return rows.stream().map(r -> new ErasureView(r.getId(), r.getClientId(), r.getReason(), r.getStatus(),
                people.get(r.getRequestedBy()), r.getRequestedAt(),
                r.getDecidedBy() == null ? null : people.get(r.getDecidedBy()), r.getDecidedAt(), r.getVersion(),
                null)).toList();
    }
}
