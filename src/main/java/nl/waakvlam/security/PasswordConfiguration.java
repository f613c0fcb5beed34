package nl.waakvlam.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Map;

/**
 * Argon2id with OWASP's minimum (19 MiB memory, 2 iterations, parallelism 1) — the defaults of
 * {@code waakvlam.password.argon2.memory-kib} and {@code .iterations}, which only the test profile
 * lowers (hundreds of test accounts would otherwise spend most of the suite hashing). The delegating
 * encoder knows only {@code {argon2}}: a hash with any other prefix ({@code {noop}},
 * {@code {bcrypt}}, none) never matches, so a stray plain-text row can never be used to sign in.
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;

    @Bean
    PasswordEncoder passwordEncoder(@Value("${waakvlam.password.argon2.memory-kib:" + MEMORY_KIB + "}") int memoryKib,
                                    @Value("${waakvlam.password.argon2.iterations:" + ITERATIONS + "}") int iterations) {
        return encoder(memoryKib, iterations);
    }

    static PasswordEncoder encoder(int memoryKib, int iterations) {
        Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, memoryKib, iterations);
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2));
        encoder.setDefaultPasswordEncoderForMatches(new RejectingPasswordEncoder());
        return encoder;
    }

    /** Used for hashes with an unknown or legacy prefix: never matches, never encodes. */
    static final class RejectingPasswordEncoder implements PasswordEncoder {

        @Override
        public String encode(CharSequence rawPassword) {
            throw new UnsupportedOperationException("only Argon2id hashes are produced");
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            return false;
        }
    }
}
