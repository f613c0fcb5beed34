package nl.waakvlam.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;

/**
 * Runs {@code @ApplicationModuleListener}s on the publishing thread, right after its commit, so a
 * test sees an inbox item as soon as the request that caused it returns. They still run after
 * commit, in a transaction of their own, through the event publication registry: a listener that
 * throws leaves its publication incomplete exactly as it would in production.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SynchronousEventsConfiguration {

    /** Both names: Boot's and the one {@code @Async} falls back to when several executors exist. */
    @Bean(name = {"applicationTaskExecutor", "taskExecutor"})
    TaskExecutor applicationTaskExecutor() {
        return new SyncTaskExecutor();
    }
}
