package nl.waakvlam.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A value read from the database once and then kept in memory, for data that every page needs and
 * only an administrator changes (reference lists, programme settings).
 *
 * <p>{@link #forget()} drops it, and when called inside a transaction drops it again once that
 * transaction has ended, so that the next read sees the committed change (or, after a rollback, the
 * old value). A read that started before a change never keeps what it read, and a read inside the
 * changing transaction is not kept either, so no request holds on to a value that was never
 * committed or that a change has replaced.
 *
 * <p>The copy lives in this application instance only: a second instance keeps its own until it is
 * told to forget.
 */
public final class KeptValue<T> {

    private final Supplier<T> loader;
    private final AtomicLong generation = new AtomicLong();
    private volatile T value;

    public KeptValue(Supplier<T> loader) {
        this.loader = loader;
    }

    public T get() {
        T kept = value;
        if (kept != null) {
            return kept;
        }
        long seen = generation.get();
        T loaded = loader.get();
        if (!TransactionSynchronizationManager.hasResource(this)) {
            synchronized (this) {
                if (generation.get() == seen) {
                    value = loaded;
                }
            }
        }
        return loaded;
    }

    /** Drops the kept value now and, inside a transaction, again when the transaction ends. */
    public void forget() {
        drop();
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
        value = null;
    }
}
