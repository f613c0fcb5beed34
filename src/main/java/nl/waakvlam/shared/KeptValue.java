package nl.waakvlam.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A value read from the database once and then kept in memory, for data that every page needs and
 * only an administrator changes (reference lists, programme settings, the instrument catalogue).
 * Made by {@link DataVersions#keep}.
 *
 * <p>{@link #forget()} records the change for every application instance ({@code data_version}, in
 * the changing transaction) and drops the copy here, again once that transaction has ended, so that
 * the next read sees the committed change (or, after a rollback, the old value). A read that started
 * before a change never keeps what it read, and a read inside the changing transaction is not kept
 * either, so no request holds on to a value that was never committed or that a change has replaced.
 * Another instance sees the change on its next request: the copy remembers the stamp it was read at,
 * and a request that saw a newer stamp reads the value again.
 */
public final class KeptValue<T> {

    private record Kept<T>(long stamp, T value) {
    }

    private final DataVersions versions;
    private final String name;
    private final Supplier<T> loader;
    private final AtomicLong generation = new AtomicLong();
    /** Changed by a database trigger, not through {@link #forget()} (see {@link DataVersions#keepChangedByTrigger}). */
    private final boolean changedByTrigger;
    private volatile Kept<T> kept;

    KeptValue(DataVersions versions, String name, Supplier<T> loader, boolean changedByTrigger) {
        this.versions = versions;
        this.name = name;
        this.loader = loader;
        this.changedByTrigger = changedByTrigger;
    }

    public T get() {
        if (changedByTrigger && TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            // this transaction may have changed the value without a forget(): read what it sees, keep nothing
            return loader.get();
        }
        long stamp = versions.stamp();
        Kept<T> current = kept;
        if (current != null && current.stamp() >= stamp) {
            return current.value();
        }
        long seen = generation.get();
        T loaded = loader.get();
        if (!TransactionSynchronizationManager.hasResource(this)) {
            synchronized (this) {
                Kept<T> now = kept;
                if (generation.get() == seen && (now == null || now.stamp() <= stamp)) {
                    kept = new Kept<>(stamp, loaded);
                }
            }
        }
        return loaded;
    }

    /**
     * Records the change for every instance and drops the kept value now and, inside a transaction,
     * again when the transaction ends.
     */
    public void forget() {
        drop();
        versions.changed(name);
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(this)) {
            // marks the transaction as changing this value: reads inside it are not kept
            TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KeptValue.this);
                    drop();
                }
            });
        }
    }

    private synchronized void drop() {
        generation.incrementAndGet();
        kept = null;
    }
}
