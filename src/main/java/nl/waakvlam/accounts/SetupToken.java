package nl.waakvlam.accounts;

import nl.waakvlam.security.AccountService;
import nl.waakvlam.shared.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The first start of a programme: no account exists, and there is no default password. When the
 * application starts without any administrator, it writes a one-time set-up token to the log;
 * whoever can read the server's log can create the first administrator with it on {@code /setup}.
 * The token lives in this instance's memory only, so a restart writes a new one.
 */
@Component
class SetupToken {

    private static final Logger log = LoggerFactory.getLogger(SetupToken.class);

    private final AccountService accounts;
    private final DemoMode demoMode;
    private volatile byte[] tokenHash;

    SetupToken(AccountService accounts, DemoMode demoMode) {
        this.accounts = accounts;
        this.demoMode = demoMode;
    }

    @EventListener(ApplicationReadyEvent.class)
    void issueWhenThereIsNoAdministrator() {
        if (!demoMode.isEnabled() && !accounts.administratorExists()) {
            byte[] bytes = new byte[24];
            new SecureRandom().nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            tokenHash = hash(token);
            log.warn("No administrator yet. Open /setup and use this one-time set-up token: {}", token);
        }
    }

    /** True while set-up is possible: a token was issued and no administrator exists yet. */
    boolean open() {
        return tokenHash != null && !accounts.administratorExists();
    }

    boolean matches(String candidate) {
        return tokenHash != null && candidate != null && MessageDigest.isEqual(tokenHash, hash(candidate.strip()));
    }

    /** Used once: after the first administrator, set-up is closed in this instance for good. */
    void close() {
        tokenHash = null;
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
