package nl.waakvlam.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One user's view of one client file while the page is put together: handed by the client file's
 * controller to every section ({@link ClientFileSection}) and timeline source ({@link TimelineSource})
 * of every module, and dropped when the page is rendered.
 *
 * <p>It carries what opening the file has read already (the referrer, the phase history, the
 * accesses for need that hold), so that no section asks for it again, and lets the parts of one
 * module share one read within this view ({@link #shared}): the escalation overview and the
 * timeline both show the client's events; the early-warning plan and the plan of action come from
 * one statement. Nothing outlives the view, so nothing can go stale between requests or instances.
 */
public final class FileView {

    private final ClientFile file;
    private final Long viewerId;
    private final Long referrerId;
    private final ClientHistory.Rows history;
    private final Map<Class<?>, Object> shared = new HashMap<>();

    FileView(ClientFile file, Long viewerId, Long referrerId, ClientHistory.Rows history) {
        this.file = file;
        this.viewerId = viewerId;
        this.referrerId = referrerId;
        this.history = history;
    }

    public Long clientId() {
        return file.id();
    }

    /** The user who opened the file. */
    public Long viewerId() {
        return viewerId;
    }

    public ClientAccess access() {
        return file.access();
    }

    /** The client's referrer, or null when none is recorded. */
    public Long referrerId() {
        return referrerId;
    }

    /** The client's phase history, oldest first. */
    public List<PhaseStep> phaseSteps() {
        List<ClientHistory.PhaseRow> changes = new ArrayList<>(history.phases());
        Collections.reverse(changes);
        return changes.stream().map(c -> new PhaseStep(c.fromPhase(), c.toPhase(), c.changedOn())).toList();
    }

    /**
     * What {@code read} returns, read once for this view: a module's sections that show the same rows
     * share them through their own type ({@code type} names the value, and only its module knows it).
     */
    public <T> T shared(Class<T> type, Supplier<T> read) {
        return type.cast(shared.computeIfAbsent(type, key -> read.get()));
    }

    ClientFile file() {
        return file;
    }

    ClientHistory.Rows history() {
        return history;
    }
}
