package nl.waakvlam.client;

import nl.waakvlam.security.AccountService;
import nl.waakvlam.security.AuditAction;
import nl.waakvlam.security.AuditLog;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.security.UserSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Access for need: the project leader, who otherwise sees a client's metadata only, asks with a
 * reason for the coach's private notes on one client. The access holds for {@link #DURATION} from
 * the moment it is given, by the application clock; it is written to the audit trail with its
 * reason, and while it holds the file shows it to everyone who opens it.
 */
@Service
@Transactional
public class AccessForNeed {

    public static final Duration DURATION = Duration.ofHours(24);

    private final ClientQueries queries;
    private final AccessForNeedRepository grants;
    private final AccountService accounts;
    private final AuditLog auditLog;
    private final Clock clock;

    AccessForNeed(ClientQueries queries, AccessForNeedRepository grants, AccountService accounts, AuditLog auditLog,
                  Clock clock) {
        this.queries = queries;
        this.grants = grants;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** An access for need as the file's banner and the coach's inbox item show it. */
    public record Grant(Long id, Long clientId, String clientName, String grantedTo, NeedCategory category,
                        String reason, Instant grantedAt, Instant expiresAt, List<Long> coachIds) {
    }

    /**
     * Gives the project leader access to the private notes of this client for the next 24 hours.
     * A client outside the leader's reach is not found; the reason is required.
     */
    public Grant grant(CurrentUser projectLeader, Long clientId, NeedCategory category, String reason) {
        Objects.requireNonNull(category, "category");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an access for need needs a reason");
        }
        Client client = queries.admit(projectLeader, clientId, EnumSet.of(ClientAccess.METADATA),
                AuditAction.ACCESS_FOR_NEED).client();
        Instant now = clock.instant();
        AccessForNeedGrant grant = grants.save(new AccessForNeedGrant(clientId, projectLeader.id(), category,
                reason.strip(), now, now.plus(DURATION)));
        auditLog.recordWithReason(AuditAction.ACCESS_FOR_NEED, clientId, "access_for_need", grant.getId(),
                category.name() + ": " + grant.getReason());
        return view(grant, client, projectLeader.displayName());
    }

    /** The access for need that holds on this client now (the longest if several), if any. */
    @Transactional(readOnly = true)
    public Optional<Grant> current(FileView file) {
        return file.history().grants().stream().findFirst()
                .map(grant -> {
                    UserSummary user = accounts.byIds(List.of(grant.userId())).get(grant.userId());
                    return new Grant(grant.id(), grant.clientId(), null, user == null ? null : user.displayName(),
                            grant.category(), grant.reason(), grant.grantedAt(), grant.expiresAt(), List.of());
                });
    }

    /** Whether the user who opened this file may read its private notes now through an access for need. */
    public boolean holds(FileView file) {
        return file.history().grants().stream().anyMatch(grant -> grant.userId().equals(file.viewerId()));
    }

    private static Grant view(AccessForNeedGrant grant, Client client, String grantedTo) {
        List<Long> coaches = client == null ? List.of()
                : Stream.of(client.getCoachId(), client.getCoverCoachId()).filter(Objects::nonNull).distinct().toList();
        return new Grant(grant.getId(), grant.getClientId(), client == null ? null : client.fullName(), grantedTo,
                grant.getCategory(), grant.getReason(), grant.getGrantedAt(), grant.getExpiresAt(), coaches);
    }
}
