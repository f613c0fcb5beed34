package nl.waakvlam.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * What one page read once, kept for the rest of that request. The client file is assembled from
 * sections of several modules, and some ask the same question (the sociale kaart, a client's phase
 * history); each would otherwise be a statement of its own. Only GET requests remember: they change
 * nothing a later read could miss. Outside a request (jobs, tests of a service) every call reads.
 * Nothing outlives the request, so nothing can go stale between requests or instances.
 */
public final class RequestMemo {

    private static final String PREFIX = RequestMemo.class.getName() + ".";

    private RequestMemo() {
    }

    /** The value remembered under {@code key} in this request, or what {@code reader} returns (then remembered). */
    public static <T> T remember(String key, Supplier<T> reader) {
        RequestAttributes attributes = readingRequest();
        if (attributes == null) {
            return reader.get();
        }
        @SuppressWarnings("unchecked")
        Optional<T> kept = (Optional<T>) attributes.getAttribute(PREFIX + key, RequestAttributes.SCOPE_REQUEST);
        if (kept != null) {
            return kept.orElse(null);
        }
        T value = reader.get();
        attributes.setAttribute(PREFIX + key, Optional.ofNullable(value), RequestAttributes.SCOPE_REQUEST);
        return value;
    }

    /** Remembers a value this request has read anyway, for a later {@link #remember} under the same key. */
    public static void offer(String key, Object value) {
        RequestAttributes attributes = readingRequest();
        if (attributes != null) {
            attributes.setAttribute(PREFIX + key, Optional.ofNullable(value), RequestAttributes.SCOPE_REQUEST);
        }
    }

    private static RequestAttributes readingRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            return "GET".equals(request.getMethod()) ? attributes : null;
        }
        return null;
    }
}
