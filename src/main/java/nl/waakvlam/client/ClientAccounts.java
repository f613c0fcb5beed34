package nl.waakvlam.client;

import nl.waakvlam.security.AccountDetails;
import nl.waakvlam.security.AccountService;
import nl.waakvlam.security.AuditAction;
import nl.waakvlam.security.AuditLog;
import nl.waakvlam.security.AuditOutcome;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.security.NewAccount;
import nl.waakvlam.security.Role;
import nl.waakvlam.security.UserSummary;
import nl.waakvlam.shared.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A client's own account ("Mijn Waakvlam"), made by their coach from the file: an ordinary account
 * with the role {@link Role#CLIENT}, linked to the file in {@code client_account}. The coach invites
 * (a link to choose a password, shown once as a QR code to scan on a visit, or e-mailed), sees whether
 * it is in use and closes it; ending the trajectory closes it too, and the account's sessions end.
 */
@Service
@Transactional
public class ClientAccounts {

    private final ClientQueries queries;
    private final ClientRepository clients;
    private final AccountService accounts;
    private final AuditLog auditLog;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ClientAccounts(ClientQueries queries, ClientRepository clients, AccountService accounts, AuditLog auditLog,
                   JdbcTemplate jdbc, Clock clock) {
        this.clients = clients;
        this.queries = queries;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The client's account as the coach sees it: the user name, since when, in use or not yet. */
    public record Status(Long userId, String username, Instant invitedAt, Instant lastLoginAt, boolean linkOpen,
                         boolean enabled) {

        public boolean inUse() {
            return lastLoginAt != null;
        }
    }

    /** A link to choose a password, to show once (as a QR code) or send. */
    public record Invitation(String username, String token, Instant expiresAt) {
    }

    /** The open account of a client, if any (the caller has opened the file). */
    @Transactional(readOnly = true)
    Optional<Status> status(Long clientId) {
        return openAccount(clientId).flatMap(row -> accounts.details(row.userId()).map(details ->
                new Status(details.id(), details.username(), row.invitedAt(), details.lastLoginAt(),
                        details.invitationOpen(), details.enabled())));
    }

    /** The coach invites the client: a new account, or a new link for the account there is. */
    Invitation invite(CurrentUser coach, Long clientId) {
        Client client = queries.loadForAction(coach, clientId, EnumSet.of(ClientAccess.FULL));
        Optional<OpenAccount> open = openAccount(clientId);
        AccountService.PasswordLink link;
        String username;
        if (open.isPresent()) {
            AccountDetails details = accounts.details(open.get().userId()).orElseThrow();
            if (details.lastLoginAt() != null) {
                // an account in use is the client's: a new link from the coach would let the coach in
                throw new LifecycleException("clientAccount.inUseRefused");
            }
            link = accounts.newLink(details.id());
            username = details.username();
        } else {
            username = freeUsername(client);
            link = accounts.invite(new NewAccount(username, null, client.getFirstName(), client.getEmail(), null,
                    Role.CLIENT, null, null));
            jdbc.update("insert into client_account (user_id, client_id, invited_by, invited_at) values (?, ?, ?, ?)",
                    link.userId(), clientId, coach.id(), Timestamp.from(clock.instant()));
        }
        auditLog.record(AuditAction.UPDATE, clientId, "client_account", link.userId(), AuditOutcome.ALLOWED);
        return new Invitation(username, link.token(), link.expiresAt());
    }

    /** A client's account with a password already chosen (the demo programme's): no link, no invitation. */
    public void importAccount(Long clientId, String username, String rawPassword, Long invitedBy) {
        Client client = clients.findById(clientId).orElseThrow();
        UserSummary account = accounts.createIfAbsent(new NewAccount(username, rawPassword, client.getFirstName(),
                null, null, Role.CLIENT, null, null));
        jdbc.update("insert into client_account (user_id, client_id, invited_by, invited_at) values (?, ?, ?, ?)",
                account.id(), clientId, invitedBy, Timestamp.from(clock.instant()));
    }

    /** A guardian's account with a password already chosen (the demo programme's). */
    public void importGuardian(Long clientId, String username, String name, LegalBasis basis, String rawPassword,
                               Long invitedBy) {
        UserSummary account = accounts.createIfAbsent(new NewAccount(username, rawPassword, name, null, null,
                Role.CLIENT, null, null));
        jdbc.update("insert into client_account (user_id, client_id, invited_by, invited_at, guardian_name, legal_basis) "
                + "values (?, ?, ?, ?, ?, ?)", account.id(), clientId, invitedBy, Timestamp.from(clock.instant()), name,
                basis.name());
    }

    /** The coach closes the client's account: it can no longer sign in, its sessions end. */
    void close(CurrentUser coach, Long clientId) {
        queries.loadForAction(coach, clientId, EnumSet.of(ClientAccess.FULL));
        OpenAccount open = openAccount(clientId).orElseThrow(() -> new NotFoundException("client_account"));
        closeAccount(open, coach.id());
        auditLog.record(AuditAction.UPDATE, clientId, "client_account", open.userId(), AuditOutcome.ALLOWED);
    }

    /** Ending the trajectory, anonymising or erasing the file closes its account, in the same transaction. */
    void closeFor(Long clientId) {
        jdbc.query("select user_id, invited_at from client_account where client_id = ? and closed_at is null",
                        (rs, n) -> new OpenAccount(rs.getLong(1), rs.getTimestamp(2).toInstant()), clientId)
                .forEach(open -> closeAccount(open, null));
    }

    /** Who besides the client has the client's view, and on what legal basis. */
    public enum LegalBasis { MENTOR, CURATOR, PARENT }

    /** A guardian's account as the coach (and the client) see it. */
    public record Guardian(Long userId, String name, LegalBasis basis, String username, boolean inUse) {
    }

    /** The open guardians' accounts of a client, by name. */
    @Transactional(readOnly = true)
    public List<Guardian> guardians(Long clientId) {
        record Row(Long userId, String name, String basis) {
        }
        List<Row> rows = jdbc.query("select user_id, guardian_name, legal_basis from client_account "
                        + "where client_id = ? and closed_at is null and guardian_name is not null order by guardian_name",
                (rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3)), clientId);
        return rows.stream().map(row -> {
            AccountDetails details = accounts.details(row.userId()).orElseThrow();
            return new Guardian(row.userId(), row.name(), LegalBasis.valueOf(row.basis()), details.username(),
                    details.lastLoginAt() != null);
        }).toList();
    }

    /**
     * The coach gives a guardian (mentor, curator, or parent of a client under 16) the client's view,
     * with the legal basis recorded: a new account and a link shown once, like the client's own.
     */
    Invitation inviteGuardian(CurrentUser coach, Long clientId, String name, LegalBasis basis) {
        Client client = queries.loadForAction(coach, clientId, EnumSet.of(ClientAccess.FULL));
        if (basis == LegalBasis.PARENT && client.getDateOfBirth().plusYears(16).isBefore(LocalDate.now(clock).plusDays(1))) {
            throw new LifecycleException("clientAccount.parentOnlyUnder16");
        }
        String username = freeUsername(name, client.getId());
        AccountService.PasswordLink link = accounts.invite(new NewAccount(username, null, name, null, null,
                Role.CLIENT, null, null));
        jdbc.update("insert into client_account (user_id, client_id, invited_by, invited_at, guardian_name, legal_basis) "
                + "values (?, ?, ?, ?, ?, ?)", link.userId(), clientId, coach.id(), Timestamp.from(clock.instant()),
                name, basis.name());
        auditLog.record(AuditAction.UPDATE, clientId, "client_account", link.userId(), AuditOutcome.ALLOWED);
        return new Invitation(username, link.token(), link.expiresAt());
    }

    /** The coach closes a guardian's account of this client. */
    void closeGuardian(CurrentUser coach, Long clientId, Long userId) {
        queries.loadForAction(coach, clientId, EnumSet.of(ClientAccess.FULL));
        OpenAccount open = jdbc.query("select user_id, invited_at from client_account where client_id = ? "
                        + "and user_id = ? and closed_at is null and guardian_name is not null",
                        (rs, n) -> new OpenAccount(rs.getLong(1), rs.getTimestamp(2).toInstant()), clientId, userId)
                .stream().findFirst().orElseThrow(() -> new NotFoundException("client_account"));
        closeAccount(open, coach.id());
        auditLog.record(AuditAction.UPDATE, clientId, "client_account", userId, AuditOutcome.ALLOWED);
    }

    private void closeAccount(OpenAccount open, Long by) {
        jdbc.update("update client_account set closed_at = ?, closed_by = ? where user_id = ? and closed_at is null",
                Timestamp.from(clock.instant()), by, open.userId());
        accounts.details(open.userId()).filter(AccountDetails::enabled)
                .ifPresent(details -> accounts.deactivate(details.id(), details.version()));
    }

    private record OpenAccount(Long userId, Instant invitedAt) {
    }

    private Optional<OpenAccount> openAccount(Long clientId) {
        return jdbc.query("select user_id, invited_at from client_account where client_id = ? and closed_at is null "
                        + "and guardian_name is null",
                (rs, n) -> new OpenAccount(rs.getLong(1), rs.getTimestamp(2).toInstant()), clientId).stream()
                .findFirst();
    }

    /**
     * A user name the client can type: their first name in plain letters and the file's number, with a
     * second number when a closed account of the same client still has it.
     */
    private String freeUsername(Client client) {
        return freeUsername(client.getFirstName(), client.getId());
    }

    private String freeUsername(String name, Long clientId) {
        String first = Normalizer.normalize(name.strip().split("\\s+")[0], Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        String base = (first.isEmpty() ? "client" : first.substring(0, Math.min(20, first.length()))) + clientId;
        String username = base;
        for (int n = 2; accounts.findByUsername(username).isPresent(); n++) {
            username = base + "-" + n;
        }
        return username;
    }
}
