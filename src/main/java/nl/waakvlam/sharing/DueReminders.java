package nl.waakvlam.sharing;

import nl.waakvlam.contact.ContactService;
import nl.waakvlam.notification.NotificationService;
import nl.waakvlam.notification.NotificationType;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Daily reminders in the coaches' inboxes: feedback to a referrer that is due, and follow-up actions
 * that are due. Runs every morning and once at start-up; an unread identical reminder is not
 * repeated, so running twice changes nothing.
 */
@Component
class DueReminders {

    private final DueAgreementQueries agreements;
    private final ContactService contacts;
    private final NotificationService notifications;
    private final Clock clock;

    DueReminders(DueAgreementQueries agreements, ContactService contacts, NotificationService notifications,
                 Clock clock) {
        this.agreements = agreements;
        this.contacts = contacts;
        this.notifications = notifications;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        remind();
    }

    @Scheduled(cron = "${waakvlam.reminders.cron:0 0 7 * * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "due-reminders")
    @Transactional
    public void remind() {
        LocalDate today = LocalDate.now(clock);
        agreements.due(today).forEach(row -> notifications.notify(row.getCoachId(), NotificationType.FEEDBACK_DUE,
                "notification.feedbackDue", "/clients/" + row.getClientId() + "#sharing", row.getClientId()));
        contacts.dueFollowUps(today).forEach(due -> notifications.notify(due.coachId(), NotificationType.FOLLOW_UP_DUE,
                "notification.followUpDue", "/clients/" + due.clientId() + "#contact-" + due.contactId(),
                due.clientId()));
    }
}
