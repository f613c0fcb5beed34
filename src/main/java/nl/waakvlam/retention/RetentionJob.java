package nl.waakvlam.retention;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily retention run, at night ({@code waakvlam.retention.cron}, default 02:30 Amsterdam time).
 * The cluster-wide lock makes a second instance (or a second call while one runs) skip the run; the
 * client row lock in {@code ClientRetention.anonymise} would anonymise a file once even without it.
 */
@Component
public class RetentionJob {

    private final RetentionService retention;

    RetentionJob(RetentionService retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${waakvlam.retention.cron:0 30 2 * * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "retention", lockAtMostFor = "PT2H")
    public void runDaily() {
        retention.run();
    }
}
