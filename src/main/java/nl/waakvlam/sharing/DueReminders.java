package nl.waakvlam.sharing;

import io.micrometer.core.instrument.MeterRegistry;
import nl.waakvlam.shared.operations.CommittedCounter;
import nl.waakvlam.contact.ContactService;
import nl.waakvlam.notification.NotificationService;
import nl.waakvlam.notification.NotificationType;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Daily reminders in the coaches' inboxes: feedback to a referrer that is due, and follow-up actions
 * that are due. Runs every morning and once at start-up ({@link DueRemindersAtStartUp}); an unread
 * identical reminder is not repeated, so running twice changes nothing. The cluster-wide lock makes one
 * instance run it at a time.
 */
@Component
class DueReminders {

    private final DueAgreementQueries agreements;
    private final ContactService contacts;
    private final NotificationService notifications;
    private final Clock clock;
    private final CommittedCounter sent;

    DueReminders(DueAgreementQueries agreements, ContactService contacts, NotificationService notifications,
                 Clock clock, MeterRegistry meters) {
        this.sent = new CommittedCounter(meters, "waakvlam.reminders.sent", "Reminders put in coaches' inboxes");
        this.agreements = agreements;
        this.contacts = contacts;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Scheduled(cron = "${waakvlam.reminders.cron:0 0 7 * * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "due-reminders")
    @Transactional
    public void remind() {
        LocalDate today = LocalDate.now(clock);
        int created = 0;
        for (var row : agreements.due(today)) {
            created += notifications.deliver(row.getCoachId(), NotificationType.FEEDBACK_DUE,
                    "notification.feedbackDue", "/clients/" + row.getClientId() + "#sharing", row.getClientId(), null);
        }
        for (var due : contacts.dueFollowUps(today)) {
            created += notifications.deliver(due.coachId(), NotificationType.FOLLOW_UP_DUE,
                    "notification.followUpDue", "/clients/" + due.clientId() + "#contact-" + due.contactId(),
                    due.clientId(), null);
        }
        sent.increment(created);
    }
}
