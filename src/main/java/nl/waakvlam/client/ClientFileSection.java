package nl.waakvlam.client;

import java.util.Locale;

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

    /** The section's data for the file being viewed ({@link FileView}: the client, the viewer and their access). */
    Object data(FileView file);

    default int order() {
        return 100;
    }

    /**
     * The part of the file's section navigation this section belongs to, or null when it is not
     * one of its own. On a phone the file is long; the navigation keeps every part one tap away.
     */
    default Nav nav() {
        return null;
    }

    /** The parts of the client file's navigation, in the order the navigation shows them. */
    enum Nav {
        TIMELINE, ESCALATION, GOALS, SHARING, DETAILS;

        /** The fragment id the navigation links to. */
        public String anchor() {
            return "file-" + name().toLowerCase(Locale.ROOT);
        }
    }

    /** Section data with a number worth showing in the navigation (open scale-ups, goals, reports). */
    interface Counted {
        int navCount();
    }

    /** A section ready to render; {@code anchor} is set on the first section of its part of the navigation. */
    record Rendered(String fragment, Object data, String anchor) {
    }

    /** One entry of the file's navigation; {@code count} is null when the part has nothing to count. */
    record NavItem(Nav nav, String anchor, Integer count) {
    }
}
