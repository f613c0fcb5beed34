package nl.waakvlam.shared;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.function.Supplier;

/**
 * Tells every application instance when data it keeps in memory ({@link KeptValue}) has changed
 * anywhere: each change raises a version in the table {@code data_version} inside the changing
 * transaction, and a kept value read at an older stamp (the sum of the versions) is read again.
 *
 * <p>The stamp is read at most once per request: the per-request account check reads it in its own
 * statement ({@link #seen(long)}), so a signed-in page costs no statement for it; a request without a
 * signed-in user reads it on its first use of a kept value. Outside a request (scheduled jobs, start-up)
 * it is read once per transaction, or on every use outside one. A change made on another instance is
 * therefore seen by the next request that starts after its commit.
 */
@Component
public class DataVersions {

    private static final String REQUEST_STAMP = DataVersions.class.getName() + ".stamp";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    public DataVersions(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * A value of the named kind, read by {@code loader} and kept until a change of that kind anywhere.
     * Only a miss reads, in one read-only transaction (joining the caller's, if any): a hit is a plain
     * method call, so the services that keep values need not be transactional themselves.
     */
    public <T> KeptValue<T> keep(String name, Supplier<T> loader) {
        return new KeptValue<>(this, name, () -> readOnly.execute(status -> loader.get()), false);
    }

    /**
     * A kept value whose kind a database trigger raises in every changing transaction, for data written
     * in too many places to call {@link KeptValue#forget()} from each. Inside a transaction that writes,
     * the value is read as that transaction sees it and never kept, since it may have changed it.
     */
    public <T> KeptValue<T> keepChangedByTrigger(String name, Supplier<T> loader) {
        return new KeptValue<>(this, name, () -> readOnly.execute(status -> loader.get()), true);
    }

    /** The stamp that this request (or transaction) judges kept values by. */
    long stamp() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            Object seen = request.getAttribute(REQUEST_STAMP, RequestAttributes.SCOPE_REQUEST);
            if (seen instanceof Long stamp) {
                return stamp;
            }
            long stamp = read();
            request.setAttribute(REQUEST_STAMP, stamp, RequestAttributes.SCOPE_REQUEST);
            return stamp;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            Object seen = TransactionSynchronizationManager.getResource(this);
            if (seen instanceof Long stamp) {
                return stamp;
            }
            long stamp = read();
            TransactionSynchronizationManager.bindResource(this, stamp);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(DataVersions.this);
                }
            });
            return stamp;
        }
        return read();
    }

    /**
     * The stamp as another statement of this request read it (the account check reads
     * {@code v_data_version} along with the account), so that kept values need not read it again.
     */
    public void seen(long stamp) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(REQUEST_STAMP, stamp, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** Records a change of the named kind; inside a transaction it counts only when that commits. */
    void changed(String name) {
        jdbc.update("insert into data_version (name, version) values (?, 1) "
                + "on conflict (name) do update set version = data_version.version + 1", name);
    }

    private long read() {
        Long stamp = jdbc.queryForObject("select coalesce(sum(version), 0) from data_version", Long.class);
        return stamp == null ? 0 : stamp;
    }
}
