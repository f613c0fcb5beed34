package nl.waakvlam.security;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import nl.waakvlam.shared.QrCodes;
import org.apache.commons.codec.binary.Base32;

import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * TOTP as authenticator apps know it (RFC 6238: HMAC-SHA1, six digits, 30-second steps): a new
 * secret, the {@code otpauth://} link and its QR code, and checking a typed code with one step of
 * clock drift either way.
 */
final class TotpCodes {

    static final Duration STEP = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator(STEP, 6);

    private TotpCodes() {
    }

    /** A new secret of 160 bits, in the Base32 that authenticator apps expect. */
    static String newSecret() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return new Base32().encodeToString(bytes).replace("=", "");
    }

    static String code(String secret, Instant at) {
        try {
            return GENERATOR.generateOneTimePasswordString(key(secret), at);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The time step of a matching code (now, or one step before or after), if it matches. */
    static OptionalLong matchingStep(String secret, String typed, Instant now) {
        String code = typed == null ? "" : typed.replaceAll("\\s", "");
        if (!code.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long step = now.getEpochSecond() / STEP.toSeconds();
        for (long candidate = step - 1; candidate <= step + 1; candidate++) {
            if (code(secret, Instant.ofEpochSecond(candidate * STEP.toSeconds())).equals(code)) {
                return OptionalLong.of(candidate);
            }
        }
        return OptionalLong.empty();
    }

    static long stepOf(Instant at) {
        return at.getEpochSecond() / STEP.toSeconds();
    }

    static String uri(String issuer, String account, String secret) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=6&period=" + STEP.toSeconds();
    }

    /** The QR code of {@code text} as an SVG image. */
    static String qrSvg(String text) {
        return QrCodes.svg(text);
    }

    private static SecretKeySpec key(String secret) {
        return new SecretKeySpec(new Base32().decode(secret), "HmacSHA1");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
