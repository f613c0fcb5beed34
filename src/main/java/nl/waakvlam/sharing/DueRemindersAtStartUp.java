package nl.waakvlam.sharing;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs the daily reminders once when the application is ready, through the bean (not a call on
 * {@code this} inside {@link DueReminders}), so that the run takes the cluster-wide lock: instances that
 * start together remind once.
 */
@Component
class DueRemindersAtStartUp {

    private final DueReminders reminders;

    DueRemindersAtStartUp(DueReminders reminders) {
        this.reminders = reminders;
    }

    @EventListener(ApplicationReadyEvent.class)
    void remind() {
        reminders.remind();
    }
}
