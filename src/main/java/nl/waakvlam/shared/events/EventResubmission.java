package nl.waakvlam.shared.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands failed event publications to their listeners again. A listener that threw (mail server
 * down, a bug fixed since) leaves its publication marked failed; this job resubmits those every
 * few minutes while the application runs, a few at a time. Only failed ones: a publication whose
 * listener is still at work is never started a second time. Publications left unfinished by a stop
 * of the application are resubmitted at start-up
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
@Component
public class EventResubmission {

    private static final Logger log = LoggerFactory.getLogger(EventResubmission.class);
    static final int AT_A_TIME = 10;

    private final FailedEventPublications failed;

    EventResubmission(FailedEventPublications failed) {
        this.failed = failed;
    }

    @Scheduled(initialDelayString = "${waakvlam.events.resubmit-every:PT5M}",
            fixedDelayString = "${waakvlam.events.resubmit-every:PT5M}")
    @SchedulerLock(name = "event-resubmission", lockAtMostFor = "PT4M")
    public void resubmitFailed() {
        try {
            failed.resubmit(ResubmissionOptions.defaults().withMaxInFlight(AT_A_TIME).withBatchSize(AT_A_TIME));
        } catch (RuntimeException e) {
            // the next run tries again; the log names no event content (it may identify a client)
            log.warn("Resubmitting failed event publications failed: {}", e.getClass().getSimpleName());
        }
    }
}
