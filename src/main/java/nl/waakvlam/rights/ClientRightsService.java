package nl.waakvlam.rights;

import nl.waakvlam.client.AccessForNeed;
import nl.waakvlam.client.ClientAccess;
import nl.waakvlam.client.ClientGate;
import nl.waakvlam.client.ClientHeader;
import nl.waakvlam.security.AuditAction;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.notification.NotificationService;
import nl.waakvlam.notification.NotificationType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;

/**
 * Access for need as one action: the grant (audited with its reason) and an inbox item with the
 * reason for the client's primary and cover coach, in one transaction, so that there is never an
 * access the coach is not told about.
 */
@Service
@Transactional
class ClientRightsService {

    private final AccessForNeed accessForNeed;
    private final ClientGate gate;
    private final NotificationService notifications;

    ClientRightsService(AccessForNeed accessForNeed, ClientGate gate, NotificationService notifications) {
        this.accessForNeed = accessForNeed;
        this.gate = gate;
        this.notifications = notifications;
    }

    /** The client the project leader is about to ask access for (audited as a view). */
    ClientHeader clientForRequest(CurrentUser projectLeader, Long clientId) {
        return gate.open(projectLeader, clientId, EnumSet.of(ClientAccess.METADATA), AuditAction.VIEW,
                "client", clientId);
    }

    AccessForNeed.Grant requestAccess(CurrentUser projectLeader, Long clientId, AccessForNeedForm form) {
        AccessForNeed.Grant grant = accessForNeed.grant(projectLeader, clientId, form.getCategory(), form.getReason());
        for (Long coach : grant.coachIds()) {
            notifications.notify(coach, NotificationType.ACCESS_FOR_NEED,
                    "notification.accessForNeed." + grant.category().name(),
                    "/clients/" + clientId + "#access-for-need-" + grant.id(), clientId, grant.reason());
        }
        return grant;
    }
}
