package nl.waakvlam.security;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes expired sessions from PostgreSQL. Spring Session's own clean-up runs on every instance at
 * the same second; this one runs on one instance at a time under the cluster-wide lock
 * ({@code spring.session.jdbc.cleanup-cron=-} switches the library's off). An expired session is
 * refused on its next request whether or not it was deleted yet; this only keeps the table small.
 */
@Component
class SessionCleanup {

    private final JdbcIndexedSessionRepository sessions;

    SessionCleanup(JdbcIndexedSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${waakvlam.sessions.cleanup-every:PT5M}")
    @SchedulerLock(name = "session-cleanup", lockAtMostFor = "PT4M")
    public void deleteExpired() {
        sessions.cleanUpExpiredSessions();
    }
}
