package nl.waakvlam.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Counts failed sign-ins and second-factor codes in PostgreSQL, so that the count holds with
 * several application instances. Per key — the typed user name (whether or not the account
 * exists, so that an unknown name behaves exactly like a wrong password), the source address, or
 * the account's second factor — a growing wait after a number of failures and a lock of 15
 * minutes after more. Failures older than a day, or from before an expired lock, start again.
 */
@Component
public class SignInThrottle {

    /** How quickly a key is slowed down and locked. */
    public enum Policy {
        /** A typed user name: a growing wait after 5 failures, locked after 10. */
        ACCOUNT(5, 10),
        /**
         * A source address, which a whole office may share behind one router: far more room, so
         * that one person's typing never locks out their colleagues, while a spray of guesses over
         * many names from one address is still slowed down and stopped.
         */
        ADDRESS(100, 1000),
        /** An account's TOTP or recovery codes. */
        SECOND_FACTOR(5, 10);

        final int waitAfter;
        final int lockAfter;

        Policy(int waitAfter, int lockAfter) {
            this.waitAfter = waitAfter;
            this.lockAfter = lockAfter;
        }
    }

    public static final Duration LOCK = Duration.ofMinutes(15);
    static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

    /** Whether an attempt may go ahead now. */
    public record Verdict(Instant notBefore, Instant lockedUntil) {

        static final Verdict GO = new Verdict(null, null);

        public boolean allowed() {
            return notBefore == null && lockedUntil == null;
        }

        public boolean locked() {
            return lockedUntil != null;
        }
    }

    /** What a failure led to: the count, and whether this failure locked the key. */
    public record Failure(int failures, boolean lockedNow) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SignInThrottle(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public static String accountKey(String typedUsername) {
        // a NUL or other control character is not a name PostgreSQL can store; it would not sign in anyway
        String name = typedUsername == null ? "" : typedUsername.replaceAll("\\p{Cntrl}", "").strip()
                .toLowerCase(Locale.ROOT);
        return "account:" + (name.length() > 200 ? name.substring(0, 200) : name);
    }

    public static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }

    public static String secondFactorKey(Long userId) {
        return "second-factor:" + userId;
    }

    /** The strictest verdict over these keys. */
    @Transactional(readOnly = true)
    public Verdict check(String... keys) {
        Instant now = clock.instant();
        Instant notBefore = null;
        Instant lockedUntil = null;
        List<Object[]> rows = jdbc.query("select not_before, locked_until from sign_in_throttle where throttle_key = any(?)",
                (rs, i) -> new Object[]{rs.getTimestamp(1), rs.getTimestamp(2)}, (Object) keys);
        for (Object[] row : rows) {
            Instant wait = row[0] == null ? null : ((Timestamp) row[0]).toInstant();
            Instant lock = row[1] == null ? null : ((Timestamp) row[1]).toInstant();
            if (lock != null && lock.isAfter(now) && (lockedUntil == null || lock.isAfter(lockedUntil))) {
                lockedUntil = lock;
            }
            if (wait != null && wait.isAfter(now) && (notBefore == null || wait.isAfter(notBefore))) {
                notBefore = wait;
            }
        }
        return lockedUntil == null && notBefore == null ? Verdict.GO : new Verdict(notBefore, lockedUntil);
    }

    /** How long a slowed-down sign-in must still wait, in whole seconds (1 to 60). */
    public long secondsToWait(Verdict verdict) {
        if (verdict.notBefore() == null) {
            return 1;
        }
        long millis = Duration.between(clock.instant(), verdict.notBefore()).toMillis();
        return Math.min(LONGEST_WAIT.toSeconds(), Math.max(1, (millis + 999) / 1000));
    }

    /** Counts a failure, in its own transaction: the failed request's rollback must not undo it. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Failure recordFailure(String key, Policy policy) {
        Timestamp now = Timestamp.from(clock.instant());
        Integer failures = jdbc.queryForObject("insert into sign_in_throttle (throttle_key, failures, last_failure) "
                + "values (?, 1, ?) on conflict (throttle_key) do update set failures = case "
                + "when sign_in_throttle.last_failure < excluded.last_failure - interval '1 day' "
                + "or sign_in_throttle.locked_until < excluded.last_failure then 1 "
                + "else sign_in_throttle.failures + 1 end, last_failure = excluded.last_failure, "
                + "locked_until = case when sign_in_throttle.locked_until < excluded.last_failure then null "
                + "else sign_in_throttle.locked_until end returning failures", Integer.class, key, now);
        int count = failures == null ? 1 : failures;
        boolean lockedNow = count == policy.lockAfter;
        if (count >= policy.lockAfter) {
            jdbc.update("update sign_in_throttle set locked_until = coalesce(locked_until, ?), not_before = null "
                    + "where throttle_key = ?", Timestamp.from(now.toInstant().plus(LOCK)), key);
        } else if (count >= policy.waitAfter) {
            long seconds = Math.min(LONGEST_WAIT.toSeconds(), 1L << Math.min(20, count - policy.waitAfter));
            jdbc.update("update sign_in_throttle set not_before = ? where throttle_key = ?",
                    Timestamp.from(now.toInstant().plusSeconds(seconds)), key);
        }
        return new Failure(count, lockedNow);
    }

    /** A success, or the administrator's unlock: the key starts with a clean slate. */
    @Transactional
    public void clear(String key) {
        jdbc.update("delete from sign_in_throttle where throttle_key = ?", key);
    }

    @Transactional(readOnly = true)
    public Instant lockedUntil(String key) {
        return check(key).lockedUntil();
    }
}
