package nl.waakvlam.client;

/**
 * A section of the client file contributed by another module (open scale-ups, the early-warning
 * plan, the escalation chart, …). {@link #data} returns null when the section has nothing to show
 * for this viewer; otherwise the fragment named by {@link #fragment} renders it as {@code data}.
 */
public interface ClientFileSection {

    /**
     * Where the section goes: {@code "top"} (above the timeline), {@code "main"} (below it),
     * {@code "details"} (under the client's details) or {@code "side"} (the right column).
     */
    String slot();

    /** A Thymeleaf fragment taking one parameter {@code data}, e.g. {@code escalation/sections :: escalation}. */
    String fragment();

    Object data(Long clientId, Long viewerId, ClientAccess access);

    default int order() {
        return 100;
    }

    /** A section ready to render. */
    record Rendered(String fragment, Object data) {
    }
}
