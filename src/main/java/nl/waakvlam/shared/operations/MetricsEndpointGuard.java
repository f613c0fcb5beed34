package nl.waakvlam.shared.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * {@code /actuator/prometheus} answers only a scraper that sends the configured bearer token
 * ({@code waakvlam.metrics.token}, env {@code WAAKVLAM_METRICS_TOKEN}); without a configured token the
 * endpoint does not exist (404), with a wrong or missing one it answers 401. It runs before the session
 * and the security filters: a scrape neither opens a session nor counts as a sign-in.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class MetricsEndpointGuard extends OncePerRequestFilter {

    static final String PATH = "/actuator/prometheus";
    private static final int SHORTEST_TOKEN = 16;

    private final byte[] token;

    MetricsEndpointGuard(Environment environment) {
        String configured = environment.getProperty("waakvlam.metrics.token", "").strip();
        if (!configured.isEmpty() && configured.length() < SHORTEST_TOKEN) {
            throw new IllegalStateException("waakvlam.metrics.token must have at least " + SHORTEST_TOKEN + " characters");
        }
        this.token = configured.isEmpty() ? null : ("Bearer " + configured).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals(PATH) || path.startsWith(PATH + "/") || path.startsWith(PATH + "."));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (token == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String sent = request.getHeader("Authorization");
        if (sent == null || !MessageDigest.isEqual(token, sent.strip().getBytes(StandardCharsets.UTF_8))) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        chain.doFilter(request, response);
    }
}
