package nl.waakvlam.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A module that contributes to the client timeline. Returns at most {@code limit} entries older
 * than {@code before} (newest first), at the detail {@code access} allows, in a fixed number of
 * queries. The client file merges the sources and pages with an "older than" cursor.
 */
public interface TimelineSource {

    /** A fragment with filter controls for this source's entries, or null. */
    default String filterFragment() {
        return null;
    }

    /** Model attributes the filter fragment needs (options). */
    default Map<String, Object> filterModel() {
        return Map.of();
    }

    /** Entries of the file being viewed ({@link FileView}: the client, the viewer and their access). */
    List<TimelineEntry> entries(FileView file, TimelineFilter filter, Instant before, int limit);
}
