package nl.waakvlam.shared.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Hands incomplete event publications to their listeners again. A listener that failed (mail server
 * down, a bug fixed since) leaves its publication incomplete; at start-up Spring Modulith resubmits
 * them all, and this job does so every few minutes while the application runs. Only publications
 * older than {@code waakvlam.events.resubmit-after} are taken, so a listener still at work is not
 * started twice.
 */
@Component
public class EventResubmission {

    private static final Logger log = LoggerFactory.getLogger(EventResubmission.class);

    private final IncompleteEventPublications incomplete;
    private final Duration resubmitAfter;

    EventResubmission(IncompleteEventPublications incomplete,
                      @Value("${waakvlam.events.resubmit-after:PT5M}") Duration resubmitAfter) {
        this.incomplete = incomplete;
        this.resubmitAfter = resubmitAfter;
    }

    @Scheduled(initialDelayString = "${waakvlam.events.resubmit-every:PT5M}",
            fixedDelayString = "${waakvlam.events.resubmit-every:PT5M}")
    public void resubmit() {
        resubmitOlderThan(resubmitAfter);
    }

    /** Resubmits every incomplete publication older than {@code age}; the listeners run as usual. */
    public void resubmitOlderThan(Duration age) {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(age);
        } catch (RuntimeException e) {
            // the next run tries again; the log names no event content (it may identify a client)
            log.warn("Resubmitting incomplete event publications failed: {}", e.getClass().getSimpleName());
        }
    }
}
