package nl.waakvlam.imports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes uploads that were not committed within a day: they hold a programme's client list and
 * nobody is using them. Deleting is idempotent, so it does no harm when several instances run it.
 */
@Component
class UploadCleanup {

    private static final Logger log = LoggerFactory.getLogger(UploadCleanup.class);

    private final ImportService imports;

    UploadCleanup(ImportService imports) {
        this.imports = imports;
    }

    @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
    @SchedulerLock(name = "import-upload-cleanup")
    void forgetOldUploads() {
        int deleted = imports.forgetOldUploads();
        if (deleted > 0) {
            log.info("Deleted {} import upload(s) older than a day", deleted);
        }
    }
}
