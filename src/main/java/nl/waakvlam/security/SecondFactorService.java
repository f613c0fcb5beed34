package nl.waakvlam.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The second factor: enrolling an authenticator app (TOTP), checking its codes after the
 * password, ten single-use recovery codes (shown once, stored as SHA-256), and the
 * administrator's reset. Wrong codes are throttled like wrong passwords.
 */
@Service
@Transactional(readOnly = true)
public class SecondFactorService {

    /** Unambiguous characters for recovery codes: no 0/o, 1/l/i. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int RECOVERY_CODES = 10;

    /** A new secret, not yet stored: the user proves with a code that the app has it. */
    public record Enrolment(String secret, String uri, String qrSvg) {

        /** The key as a person types it over: groups of four ("ABCD EFGH ..."); apps ignore the spaces. */
        public String secretInGroups() {
            return secret.replaceAll("(.{4})(?!$)", "$1 ");
        }
    }

    public enum Outcome {
        ACCEPTED, RECOVERY_CODE_ACCEPTED, WRONG, WAIT, LOCKED
    }

    private final UserAccountRepository accounts;
    private final JdbcTemplate jdbc;
    private final SignInThrottle throttle;
    private final AuditLog auditLog;
    private final Clock clock;
    private final String issuer;

    SecondFactorService(UserAccountRepository accounts, JdbcTemplate jdbc, SignInThrottle throttle, AuditLog auditLog,
                        Clock clock, @Value("${waakvlam.programme-name:Waakvlam}") String issuer) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.throttle = throttle;
        this.auditLog = auditLog;
        this.clock = clock;
        this.issuer = issuer;
    }

    public boolean enrolled(Long userId) {
        return accounts.findById(userId).map(UserAccount::hasSecondFactor).orElse(false);
    }

    public Enrolment newEnrolment(CurrentUser user) {
        return enrolment(user, TotpCodes.newSecret());
    }

    /** The link and QR code for a secret being enrolled (shown again after a wrong code). */
    public Enrolment enrolment(CurrentUser user, String secret) {
        String uri = TotpCodes.uri(issuer, user.getUsername(), secret);
        return new Enrolment(secret, uri, TotpCodes.qrSvg(uri));
    }

    /**
     * Stores the secret once a code from the app matches it, and returns ten new recovery codes
     * to show once. An earlier enrolment and its recovery codes are replaced.
     */
    @Transactional
    public List<String> confirmEnrolment(Long userId, String secret, String code) {
        if (secret == null || !secret.matches("[A-Z2-7]{32}")) {
            throw new AccountException(null, "secondFactor.startAgain");
        }
        OptionalLong step = TotpCodes.matchingStep(secret, code, clock.instant());
        if (step.isEmpty()) {
            throw new AccountException("code", "secondFactor.codeWrong");
        }
        UserAccount account = accounts.findById(userId).orElseThrow();
        account.enrolSecondFactor(secret, clock.instant(), step.getAsLong());
        jdbc.update("delete from recovery_code where user_id = ?", userId);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String recovery = recoveryCode();
            codes.add(recovery);
            jdbc.update("insert into recovery_code (user_id, code_hash, created_at) values (?, ?, ?)", userId,
                    AccountService.sha256(normalise(recovery)), Timestamp.from(clock.instant()));
        }
        auditLog.recordAccount(AuditAction.SECOND_FACTOR_ENROLLED, userId, null);
        return codes;
    }

    /** Checks a code from the app, or a recovery code, after the password. */
    @Transactional
    public Outcome verify(Long userId, String typed) {
        String key = SignInThrottle.secondFactorKey(userId);
        SignInThrottle.Verdict verdict = throttle.check(key);
        if (!verdict.allowed()) {
            return verdict.locked() ? Outcome.LOCKED : Outcome.WAIT;
        }
        UserAccount account = accounts.findById(userId).orElseThrow();
        if (!account.hasSecondFactor()) {
            return Outcome.WRONG;
        }
        OptionalLong step = TotpCodes.matchingStep(account.getTotpSecret(), typed, clock.instant());
        if (step.isPresent() && account.acceptStep(step.getAsLong())) {
            throttle.clear(key);
            return Outcome.ACCEPTED;
        }
        if (step.isEmpty() && typed != null && useRecoveryCode(userId, typed)) {
            throttle.clear(key);
            auditLog.recordAccount(AuditAction.RECOVERY_CODE_USED, userId, null);
            return Outcome.RECOVERY_CODE_ACCEPTED;
        }
        SignInThrottle.Failure failure = throttle.recordFailure(key, SignInThrottle.Policy.SECOND_FACTOR);
        auditLog.recordAccount(AuditAction.SECOND_FACTOR_FAILED, userId, null);
        return failure.lockedNow() ? Outcome.LOCKED : Outcome.WRONG;
    }

    public int recoveryCodesLeft(Long userId) {
        Integer left = jdbc.queryForObject("select count(*) from recovery_code where user_id = ? and used_at is null",
                Integer.class, userId);
        return left == null ? 0 : left;
    }

    /** The administrator removes a lost second factor; the user enrols again at the next sign-in. */
    @Transactional
    public void reset(Long userId) {
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new AccountException(null, "account.unknown"));
        account.removeSecondFactor();
        jdbc.update("delete from recovery_code where user_id = ?", userId);
        throttle.clear(SignInThrottle.secondFactorKey(userId));
        auditLog.recordAccount(AuditAction.SECOND_FACTOR_RESET, userId, null);
    }

    private boolean useRecoveryCode(Long userId, String typed) {
        String normalised = normalise(typed);
        if (normalised.length() != 10) {
            return false;
        }
        return jdbc.update("update recovery_code set used_at = ? where id = (select id from recovery_code "
                        + "where user_id = ? and code_hash = ? and used_at is null limit 1)",
                Timestamp.from(clock.instant()), userId, AccountService.sha256(normalised)) == 1;
    }

    private static String normalise(String code) {
        return code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static String recoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
