package nl.waakvlam.security;

import nl.waakvlam.shared.DataVersions;
import nl.waakvlam.shared.KeptValue;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Public API of the accounts: create and look up users, and their life from invitation to
 * departure. Every change is written to the audit trail; a change that must reach open sessions
 * (deactivation, a new role or password, signing out elsewhere) raises the account's session epoch.
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

    /** How long an invitation or password link works. */
    public static final Duration LINK_VALIDITY = Duration.ofHours(72);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AuditLog auditLog;
    private final SignInThrottle throttle;
    private final Clock clock;
    private final DataVersions dataVersions;
    private final Map<Role, KeptValue<List<UserSummary>>> byRole = new EnumMap<>(Role.class);
    private final KeptValue<Map<Long, UserSummary>> byId;
    private final JdbcTemplate jdbc;

    AccountService(UserAccountRepository accounts, AccountTokenRepository tokens, PasswordEncoder passwordEncoder,
                   PasswordPolicy passwordPolicy, AuditLog auditLog, SignInThrottle throttle, Clock clock,
                   DataVersions dataVersions, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.throttle = throttle;
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.auditLog = auditLog;
        this.clock = clock;
        this.dataVersions = dataVersions;
        for (Role role : Role.values()) {
            byRole.put(role, dataVersions.keepChangedByTrigger("accounts", () -> accountsWithRole(role)));
        }
        this.byId = dataVersions.keepChangedByTrigger("accounts", () -> accounts.findAll().stream()
                .map(UserSummary::of).collect(Collectors.toUnmodifiableMap(UserSummary::id, user -> user)));
    }

    /** Creates the account unless one with that username exists; returns the stored account. */
    @Transactional
    public UserSummary createIfAbsent(NewAccount command) {
        String username = command.username().trim().toLowerCase(Locale.ROOT);
        return accounts.findByUsername(username).map(UserSummary::of).orElseGet(() -> UserSummary.of(accounts.save(
                new UserAccount(username, passwordEncoder.encode(command.rawPassword()), command.displayName(),
                        command.email(), command.phone(), command.role(), command.organisationId(),
                        command.departmentId(), clock.instant()))));
    }

    public Optional<UserSummary> findByUsername(String username) {
        return accounts.findByUsername(username.toLowerCase(Locale.ROOT)).map(UserSummary::of);
    }

    /**
     * The accounts of one role by name. Kept in memory until an account changes anywhere (a trigger on
     * {@code user_account} raises the 'accounts' data version, V31): the client file, the client list
     * and the coaches page all offer the coaches. Inside a transaction that writes, the list is read
     * as that transaction sees it and not kept, since the transaction may have changed an account.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<UserSummary> withRole(Role role) {
        return byRole.get(role).get();
    }

    private List<UserSummary> accountsWithRole(Role role) {
        return accounts.findByRoleOrderByDisplayName(role).stream().map(UserSummary::of).toList();
    }

    /**
     * Accounts by id, for pages that show names next to ids. Every account is kept in memory as the lists
     * by role are (a few hundred in a large programme; the same trigger tells when one changed), so the
     * several sections of one page that name people cost no statement. Inside a transaction that writes,
     * the accounts asked for are read as that transaction sees them, in one statement.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Map<Long, UserSummary> byIds(Collection<Long> ids) {
        Set<Long> wanted = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Map<Long, UserSummary> result = new HashMap<>();
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            accounts.findAllById(wanted).forEach(account -> result.put(account.getId(), UserSummary.of(account)));
            return result;
        }
        Map<Long, UserSummary> all = byId.get();
        wanted.forEach(id -> {
            UserSummary user = all.get(id);
            if (user != null) {
                result.put(id, user);
            }
        });
        return result;
    }

    public Page<UserSummary> page(Pageable pageable) {
        return accounts.findAllByOrderByRoleAscDisplayNameAsc(pageable).map(UserSummary::of);
    }

    /** A page of accounts for the administrator, optionally by name or role, with open invitations. */
    public Page<AccountDetails> details(String search, Role role, Pageable pageable) {
        String pattern = search == null || search.isBlank() ? null
                : "%" + search.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        Page<UserAccount> page = accounts.search(pattern, role, pageable);
        List<Long> ids = page.map(UserAccount::getId).getContent();
        List<Long> open = ids.isEmpty() ? List.of() : tokens.withOpenLink(ids, clock.instant());
        return page.map(account -> AccountDetails.of(account, open.contains(account.getId())));
    }

    public Optional<AccountDetails> details(Long id) {
        return accounts.findById(id).map(account -> AccountDetails.of(account,
                !tokens.withOpenLink(List.of(id), clock.instant()).isEmpty()));
    }

    /** A single-use link to choose a password; {@code token} is shown or mailed once and never stored. */
    public record PasswordLink(Long userId, String token, Instant expiresAt) {
    }

    /**
     * Creates an account without a usable password and a link for the new user to choose one.
     * The user name is unique (case-insensitive).
     */
    @Transactional
    public PasswordLink invite(NewAccount command) {
        String username = command.username().strip().toLowerCase(Locale.ROOT);
        if (accounts.findByUsername(username).isPresent()) {
            throw new AccountException("username", "account.usernameTaken");
        }
        UserAccount account = accounts.save(new UserAccount(username, unusablePassword(), command.displayName(),
                command.email(), command.phone(), command.role(), command.organisationId(), command.departmentId(),
                clock.instant()));
        auditLog.recordAccount(AuditAction.ACCOUNT_CREATED, account.getId(), null);
        return link(account);
    }

    /** A new link for an existing account (invitation again, or a forgotten password); old links stop working. */
    @Transactional
    public PasswordLink newLink(Long userId) {
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new AccountException(null, "account.unknown"));
        if (!account.isEnabled()) {
            throw new AccountException(null, "account.inactiveNoLink");
        }
        return link(account);
    }

    private PasswordLink link(UserAccount account) {
        Instant now = clock.instant();
        tokens.retireAll(account.getId(), now);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = now.plus(LINK_VALIDITY);
        CurrentUser actor = AuditLog.signedIn();
        tokens.save(new AccountToken(account.getId(), sha256(token), now, expires, actor == null ? null : actor.id()));
        auditLog.recordAccount(AuditAction.INVITATION_SENT, account.getId(), null);
        return new PasswordLink(account.getId(), token, expires);
    }

    /** The account a link belongs to, while the link works (not used, not expired, account active). */
    public Optional<UserSummary> linkOwner(String token) {
        return usableToken(token).flatMap(t -> accounts.findById(t.getUserId())).filter(UserAccount::isEnabled)
                .map(UserSummary::of);
    }

    /** Sets the password through a link; the link is used up and every session of the account ends. */
    @Transactional
    public UserSummary choosePassword(String token, String password) {
        AccountToken link = usableToken(token).orElseThrow(() -> new AccountException(null, "account.linkInvalid"));
        UserAccount account = accounts.findById(link.getUserId()).filter(UserAccount::isEnabled)
                .orElseThrow(() -> new AccountException(null, "account.linkInvalid"));
        requireAcceptable(password, account.getUsername(), "password");
        link.use(clock.instant());
        account.changePassword(passwordEncoder.encode(password));
        auditLog.recordAccount(AuditAction.PASSWORD_SET, account.getId(), account.getUsername());
        return UserSummary.of(account);
    }

    private Optional<AccountToken> usableToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(sha256(token)).filter(t -> t.usableAt(clock.instant()));
    }

    /**
     * The signed-in user changes their own password; the current one is required. Every other
     * session ends; returns the new session epoch for the session in which it was changed.
     */
    @Transactional
    public int changePassword(CurrentUser user, String current, String password) {
        UserAccount account = accounts.findById(user.id()).orElseThrow();
        if (current == null || !passwordEncoder.matches(current, account.getPasswordHash())) {
            throw new AccountException("currentPassword", "account.currentPasswordWrong");
        }
        requireAcceptable(password, account.getUsername(), "newPassword");
        account.changePassword(passwordEncoder.encode(password));
        auditLog.recordAccount(AuditAction.PASSWORD_CHANGED, account.getId(), null);
        return account.getSessionEpoch();
    }

    private void requireAcceptable(String password, String username, String field) {
        passwordPolicy.problem(password, username).ifPresent(problem -> {
            throw new AccountException(field, problem);
        });
    }

    /**
     * Ends every other session of this user; returns the new session epoch, which the current
     * session takes over so that it stays signed in.
     */
    @Transactional
    public int endOtherSessions(CurrentUser user) {
        UserAccount account = accounts.findById(user.id()).orElseThrow();
        account.endSessions();
        auditLog.recordAccount(AuditAction.SESSIONS_ENDED, account.getId(), null);
        return account.getSessionEpoch();
    }

    @Transactional
    public void preferLanguage(CurrentUser user, String language) {
        accounts.findById(user.id()).orElseThrow().preferLanguage(language);
    }

    @Transactional
    public void deactivate(Long userId, long seenVersion) {
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new AccountException(null, "account.unknown"));
        account.checkVersion(seenVersion);
        CurrentUser actor = AuditLog.signedIn();
        if (actor != null && actor.id().equals(userId)) {
            throw new AccountException(null, "account.notYourself");
        }
        account.deactivate(clock.instant());
        tokens.retireAll(userId, clock.instant());
        auditLog.recordAccount(AuditAction.ACCOUNT_DEACTIVATED, userId, null);
    }

    @Transactional
    public void reactivate(Long userId, long seenVersion) {
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new AccountException(null, "account.unknown"));
        account.checkVersion(seenVersion);
        account.reactivate();
        auditLog.recordAccount(AuditAction.ACCOUNT_REACTIVATED, userId, null);
    }

    /**
     * New name and contact details and, when it differs, a new role (with organisation and
     * department for a referrer), effective on the user's next request: their sessions end.
     */
    @Transactional
    public void update(Long userId, long seenVersion, String displayName, String email, String phone, Role role,
                       Long organisationId, Long departmentId) {
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new AccountException(null, "account.unknown"));
        account.checkVersion(seenVersion);
        if (!displayName.equals(account.getDisplayName()) || !Objects.equals(email, account.getEmail())
                || !Objects.equals(phone, account.getPhone())) {
            account.changeDetails(displayName, email, phone);
            auditLog.recordAccount(AuditAction.ACCOUNT_CHANGED, userId, null);
        }
        changeRole(account, role, organisationId, departmentId);
    }

    private void changeRole(UserAccount account, Role role, Long organisationId, Long departmentId) {
        Long userId = account.getId();
        CurrentUser actor = AuditLog.signedIn();
        if (actor != null && actor.id().equals(userId) && role != account.getRole()) {
            throw new AccountException("role", "account.notYourself");
        }
        if (role == Role.REFERRER && organisationId == null) {
            throw new AccountException("organisationId", "account.organisationRequired");
        }
        boolean roleChanged = role != account.getRole()
                || !Objects.equals(organisationId, account.getOrganisationId())
                || !Objects.equals(departmentId, account.getDepartmentId());
        if (roleChanged) {
            account.changeRole(role, organisationId, departmentId);
            auditLog.recordAccount(AuditAction.ROLE_CHANGED, userId, null);
        }
    }

    /** Until when sign-in with this account's user name is locked after failed attempts, or null. */
    public Instant lockedUntil(Long userId) {
        return accounts.findById(userId).map(a -> throttle.lockedUntil(SignInThrottle.accountKey(a.getUsername())))
                .orElse(null);
    }

    /** The administrator lifts a lock (and the wait) early. */
    @Transactional
    public void unlock(Long userId) {
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new AccountException(null, "account.unknown"));
        throttle.clear(SignInThrottle.accountKey(account.getUsername()));
        throttle.clear(SignInThrottle.secondFactorKey(userId));
        auditLog.recordAccount(AuditAction.ACCOUNT_UNLOCKED, userId, null);
    }

    /** What a signed-in session is checked against on every request. */
    public record Standing(boolean enabled, Role role, Long organisationId, String displayName, int sessionEpoch) {
    }

    /**
     * The account as it stands, and in the same statement the stamp of the data every instance keeps in
     * memory ({@code v_data_version}), so the per-request check also tells the kept values whether they
     * are current. One plain statement without a transaction of its own: it runs before every
     * signed-in request, where a read-only transaction would add two round trips.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<Standing> standing(Long userId) {
        return jdbc.query("""
                        select u.enabled, u.role, u.organisation_id, u.display_name, u.session_epoch,
                               (select d.stamp from v_data_version d) as data_stamp
                        from user_account u where u.id = ?""",
                (rs, n) -> {
                    dataVersions.seen(rs.getLong("data_stamp"));
                    return new Standing(rs.getBoolean("enabled"), Role.valueOf(rs.getString("role")),
                            rs.getObject("organisation_id", Long.class), rs.getString("display_name"),
                            rs.getInt("session_epoch"));
                }, userId).stream().findFirst();
    }

    @Transactional
    public void recordLogin(Long userId) {
        accounts.recordLogin(userId, clock.instant());
    }

    public Optional<String> preferredLanguage(Long userId) {
        return accounts.findById(userId).map(UserAccount::getPreferredLanguage);
    }

    /** True once an administrator exists: the first-start set-up is then closed for good. */
    public boolean administratorExists() {
        return accounts.existsByRole(Role.ADMIN);
    }

    /** The first administrator, created through the set-up page with its one-time token. */
    @Transactional
    public UserSummary createFirstAdministrator(String username, String displayName, String email, String password) {
        if (administratorExists()) {
            throw new AccountException(null, "setup.done");
        }
        String normalised = username.strip().toLowerCase(Locale.ROOT);
        if (accounts.findByUsername(normalised).isPresent()) {
            throw new AccountException("username", "account.usernameTaken");
        }
        requireAcceptable(password, normalised, "password");
        UserAccount admin = accounts.save(new UserAccount(normalised, passwordEncoder.encode(password), displayName,
                email, null, Role.ADMIN, null, null, clock.instant()));
        auditLog.recordAccount(AuditAction.ACCOUNT_CREATED, admin.getId(), normalised);
        return UserSummary.of(admin);
    }

    /** A password nobody knows, for an account whose owner has not chosen one yet. */
    private String unusablePassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return passwordEncoder.encode(Base64.getEncoder().encodeToString(bytes));
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
