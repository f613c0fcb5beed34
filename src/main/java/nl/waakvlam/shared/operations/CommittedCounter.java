package nl.waakvlam.shared.operations;

import org.springframework.modulith.NamedInterface;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An application counter for Prometheus ({@code waakvlam_…_total}) that counts what was committed:
 * inside a transaction the increment waits for the commit, so a rolled-back contact is not counted.
 */
@NamedInterface("metrics")
public final class CommittedCounter {

    private final Counter counter;

    public CommittedCounter(MeterRegistry registry, String name, String description) {
        this.counter = Counter.builder(name).description(description).register(registry);
    }

    public void increment() {
        increment(1);
    }

    public void increment(int amount) {
        if (amount <= 0) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    counter.increment(amount);
                }
            });
        } else {
            counter.increment(amount);
        }
    }
}
