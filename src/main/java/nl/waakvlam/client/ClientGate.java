package nl.waakvlam.client;

import nl.waakvlam.security.AuditAction;
import nl.waakvlam.security.AuditLog;
import nl.waakvlam.security.AuditOutcome;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;

/**
 * How other modules reach a client: through the visibility policy, with the attempt audited.
 * A client outside the user's reach (or outside {@code allowed}) is "not found".
 */
@Service
@Transactional
public class ClientGate {

    private final ClientQueries queries;
    private final ContactRhythm rhythm;
    private final AuditLog auditLog;

    private final ClientVisibility visibility;
    private final ClientRepository clients;

    ClientGate(ClientQueries queries, ContactRhythm rhythm, AuditLog auditLog, ClientVisibility visibility,
               ClientRepository clients) {
        this.visibility = visibility;
        this.clients = clients;
        this.queries = queries;
        this.rhythm = rhythm;
        this.auditLog = auditLog;
    }

    public ClientHeader open(CurrentUser user, Long clientId, Set<ClientAccess> allowed, AuditAction action,
                             String entity, Long entityId) {
        ClientQueries.Admitted admitted = queries.admit(user, clientId, allowed, action);
        auditLog.record(action, clientId, entity, entityId, AuditOutcome.ALLOWED);
        return header(admitted.client(), admitted.access());
    }

    /**
     * The same, for an action that needs a reason (the client's data on request): the audit row
     * carries {@code reason}.
     */
    public ClientHeader openWithReason(CurrentUser user, Long clientId, Set<ClientAccess> allowed, AuditAction action,
                                       String entity, Long entityId, String reason) {
        ClientQueries.Admitted admitted = queries.admit(user, clientId, allowed, action);
        auditLog.recordWithReason(action, clientId, entity, entityId, reason);
        return header(admitted.client(), admitted.access());
    }

    /**
     * A client's own file, for a client's own account (Mijn Waakvlam), with the audit row for
     * {@code action} by the client; not found for anyone else ({@link ClientVisibility#ownClient}).
     */
    public ClientHeader openOwn(CurrentUser user, AuditAction action, String entity) {
        Long clientId = visibility.ownClient(user).orElseThrow(() -> new NotFoundException("client"));
        Client client = clients.findById(clientId).orElseThrow(() -> new NotFoundException("client"));
        auditLog.record(action, clientId, entity, null, AuditOutcome.ALLOWED);
        return header(client, null);
    }

    ClientHeader header(Client c, ClientAccess access) {
        return new ClientHeader(c.getId(), c.fullName(), c.getPhase(), c.getPhaseSince(), c.coachingSince(),
                c.getCoachId(), c.getCoverCoachId(), c.getReferrerId(), effectiveRhythm(c), access, c.getVersion());
    }

    Integer effectiveRhythm(Client c) {
        return rhythm.effective(c.getPhase(), c.getRhythmDays());
    }
}
