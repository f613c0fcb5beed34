package nl.waakvlam.shared.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id: the proxy's {@code X-Request-Id} when it sent a plausible one, otherwise a
 * new one. The id is in the log's context ({@code requestId}) for every line written while the request
 * runs, and in the response header, so that a user's report, the proxy's log and the application's logs
 * meet. One line per request at DEBUG (always for a server error) names the method, the path without
 * its query string (a search may contain a name), the status and the time taken.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private static final Logger log = LoggerFactory.getLogger("nl.waakvlam.requests");
    private static final Pattern PLAUSIBLE = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String offered = request.getHeader(HEADER);
        String id = offered != null && PLAUSIBLE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        response.setHeader(HEADER, id);
        long started = System.nanoTime();
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            long millis = (System.nanoTime() - started) / 1_000_000;
            int status = response.getStatus();
            if (status >= 500) {
                log.info("{} {} {} {} ms", request.getMethod(), request.getRequestURI(), status, millis);
            } else if (log.isDebugEnabled()) {
                log.debug("{} {} {} {} ms", request.getMethod(), request.getRequestURI(), status, millis);
            }
            MDC.remove(MDC_KEY);
        }
    }
}
