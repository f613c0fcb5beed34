package nl.waakvlam.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The request as a template sees it while it is rendered: attributes written during rendering live
 * in a map of its own, reads of other names fall through to the real request.
 * <p>
 * Why: Thymeleaf keeps every template variable (the model, each {@code th:each} row, each fragment
 * parameter) as a request attribute and sets and restores them as it enters and leaves elements.
 * Through the filters' request wrappers down to Tomcat's request (special attributes, TLS names,
 * a concurrent map) that was a seventh of a client file's time on the server. Nothing outside the view
 * reads these variables; what the filters and Spring put on the request before the view stays
 * readable, and is never changed underneath them.
 */
final class RenderingRequest extends HttpServletRequestWrapper {

    /** Marks a name removed during rendering, so that a read does not fall through to the real request. */
    private static final Object REMOVED = new Object();

    private final Map<String, Object> written = new HashMap<>();

    RenderingRequest(HttpServletRequest request) {
        super(request);
    }

    @Override
    public Object getAttribute(String name) {
        Object value = written.get(name);
        if (value != null) {
            return value == REMOVED ? null : value;
        }
        return super.getAttribute(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        written.put(name, value == null ? REMOVED : value);
    }

    @Override
    public void removeAttribute(String name) {
        written.put(name, REMOVED);
    }

    @Override
    public Enumeration<String> getAttributeNames() {
        Set<String> names = new LinkedHashSet<>(Collections.list(super.getAttributeNames()));
        written.forEach((name, value) -> {
            if (value == REMOVED) {
                names.remove(name);
            } else {
                names.add(name);
            }
        });
        return Collections.enumeration(names);
    }
}
