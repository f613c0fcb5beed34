package nl.waakvlam.security;

import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * What makes a password acceptable, as NIST SP 800-63B advises: at least 12 characters, not one
 * that is commonly used or known from breaches, not the user name — and no composition rules.
 * The list ({@code security/common-passwords.txt.gz}) holds the 100,000 most common passwords of
 * a public corpus of ten million leaked ones plus every entry of 12 characters or more from its
 * top million; it is compared without regard to case.
 */
@Component
public class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    public static final int MAXIMUM_LENGTH = 200;

    private volatile Set<String> common;

    /** The message key of the first rule the password breaks, or empty when it is acceptable. */
    public Optional<String> problem(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAXIMUM_LENGTH) {
            return Optional.of("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.strip().equals(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("password.isUsername");
        }
        if (commonPasswords().contains(lower)) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }

    int listSize() {
        return commonPasswords().size();
    }

    private Set<String> commonPasswords() {
        Set<String> loaded = common;
        if (loaded == null) {
            synchronized (this) {
                if (common == null) {
                    common = load();
                }
                loaded = common;
            }
        }
        return loaded;
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt.gz");
             BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                     StandardCharsets.UTF_8))) {
            Set<String> passwords = new HashSet<>(200_000);
            reader.lines().forEach(passwords::add);
            return Set.copyOf(passwords);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
