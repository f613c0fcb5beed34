package nl.waakvlam.client;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Merges the timeline sources (phase changes here; contacts, later events and reports from other
 * modules) into one newest-first page, paged with an "older than" cursor. Each source costs a
 * fixed number of queries, so the page does too, however long the history.
 */
@Component
class ClientTimeline {

    static final int PAGE_SIZE = 20;

    /** The cursor of the first page; PostgreSQL cannot store Instant.MAX. */
    static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");

    private final ObjectProvider<TimelineSource> sourceBeans;

    /** The sources, looked up once: other modules' beans, which the container resolved anew on every call. */
    private volatile List<TimelineSource> sources;

    ClientTimeline(ObjectProvider<TimelineSource> sourceBeans) {
        this.sourceBeans = sourceBeans;
    }

    /** The sources in their order; they also contribute the filter controls and their options. */
    List<TimelineSource> sources() {
        List<TimelineSource> found = sources;
        if (found == null) {
            found = sourceBeans.orderedStream().toList();
            sources = found;
        }
        return found;
    }

    /** One page of the timeline and the cursor for the next, older page (null at the end). */
    record Page(List<TimelineEntry> entries, Instant olderThan) {
    }

    Page page(FileView file, TimelineFilter filter, Instant before) {
        Instant cursor = before == null ? END_OF_TIME : before;
        List<TimelineEntry> merged = new ArrayList<>();
        for (TimelineSource source : sources()) {
            merged.addAll(source.entries(file, filter, cursor, PAGE_SIZE + 1));
        }
        merged.sort(Comparator.comparing(TimelineEntry::at).thenComparing(TimelineEntry::sequence).reversed());
        if (merged.size() <= PAGE_SIZE) {
            return new Page(merged, null);
        }
        // keep entries with the same instant together so the cursor never skips one
        int end = PAGE_SIZE;
        while (end < merged.size() && merged.get(end).at().equals(merged.get(end - 1).at())) {
            end++;
        }
        List<TimelineEntry> shown = merged.subList(0, end);
        return new Page(List.copyOf(shown), end < merged.size() ? shown.get(shown.size() - 1).at() : null);
    }
}
