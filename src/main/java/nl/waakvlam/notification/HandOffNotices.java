package nl.waakvlam.notification;

import nl.waakvlam.client.ClientEnded;
import nl.waakvlam.client.CoachChanged;
import nl.waakvlam.client.CoverChanged;
import nl.waakvlam.client.WarmVisitPlanned;
import nl.waakvlam.coach.AbsenceRegistered;
import nl.waakvlam.security.AccountService;
import nl.waakvlam.security.UserSummary;
import nl.waakvlam.shared.Dates;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * Who must hear of a change of hands on a client, after it is committed: a new primary coach tells the
 * new coach (read the handover first), the coach who gives the client up, and the referrer; a new or
 * ended designated cover tells both covers; a registered absence tells the coach who covers (whom,
 * from when until when) and the absent coach. Each gets an inbox item and, by their preferences, an
 * e-mail without content. The inbox names the client only for those who may still see it.
 */
@Component
class HandOffNotices {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final NotificationService notifications;
    private final AccountService accounts;
    private final MessageSource messages;

    HandOffNotices(NotificationService notifications, AccountService accounts, MessageSource messages) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void onCoachChanged(CoachChanged changed) {
        String link = "/clients/" + changed.clientId();
        String newCoach = nameOf(changed.newCoachId());
        notifications.notify(changed.newCoachId(), NotificationType.COACH_CHANGED, "notification.coachChanged.newCoach",
                link + "/handover", changed.clientId());
        if (changed.previousCoachId() != null) {
            // the previous coach no longer sees the file: the item names it by number and who took over
            notifications.notify(changed.previousCoachId(), NotificationType.COACH_CHANGED,
                    "notification.coachChanged.previousCoach", "/caseload?handedOver=" + changed.clientId(),
                    null, messages.getMessage("notification.coachChanged.previousDetail",
                            new Object[]{changed.clientId(), newCoach}, DUTCH));
        }
        if (changed.referrerId() != null) {
            // one item per change: a second change while the first is unread is news too
            notifications.notify(changed.referrerId(), NotificationType.COACH_CHANGED,
                    "notification.coachChanged.referrer", link + "?coach=" + changed.newCoachId(), changed.clientId(),
                    messages.getMessage("notification.coachChanged.referrerDetail", new Object[]{newCoach}, DUTCH));
        }
    }

    @ApplicationModuleListener
    void onCoverChanged(CoverChanged changed) {
        if (changed.newCoverId() != null) {
            notifications.notify(changed.newCoverId(), NotificationType.COVER_CHANGED, "notification.coverChanged.started",
                    "/clients/" + changed.clientId(), changed.clientId());
        }
        if (changed.previousCoverId() != null) {
            notifications.notify(changed.previousCoverId(), NotificationType.COVER_CHANGED,
                    "notification.coverChanged.ended", "/caseload?coverEnded=" + changed.clientId(), null,
                    messages.getMessage("notification.coverChanged.endedDetail", new Object[]{changed.clientId()},
                            DUTCH));
        }
    }

    /** An absence: the coach who covers learns whom and for how long; the absent coach who covers. */
    @ApplicationModuleListener
    void onAbsenceRegistered(AbsenceRegistered absence) {
        String from = Dates.date(absence.startsOn(), DUTCH);
        String until = Dates.date(absence.endsOn(), DUTCH);
        String link = "/caseload?absence=" + absence.absenceId();
        if (absence.coverCoachId() != null) {
            notifications.notify(absence.coverCoachId(), NotificationType.COVER_CHANGED, "notification.absence.cover",
                    link, null, messages.getMessage("notification.absence.coverDetail",
                            new Object[]{nameOf(absence.coachId()), from, until}, DUTCH));
        }
        notifications.notify(absence.coachId(), NotificationType.COVER_CHANGED, "notification.absence.registered",
                link, null, messages.getMessage(absence.coverCoachId() == null ? "notification.absence.registeredDetail"
                        : "notification.absence.registeredCoveredDetail",
                        new Object[]{from, until, absence.coverCoachId() == null ? "" : nameOf(absence.coverCoachId())},
                        DUTCH));
    }

    /**
     * The warm handover visit planned, moved or called off: the coach who handed over is asked to come
     * (by client number: they no longer see the file), the new coach has it in writing too.
     */
    @ApplicationModuleListener
    void onWarmVisitPlanned(WarmVisitPlanned visit) {
        if (visit.previousCoachId() == null) {
            return;
        }
        String detail = visit.at() == null
                ? messages.getMessage("notification.warmVisit.cancelledDetail", new Object[]{visit.clientId(),
                nameOf(visit.coachId())}, DUTCH)
                : messages.getMessage("notification.warmVisit.plannedDetail", new Object[]{visit.clientId(),
                nameOf(visit.coachId()), Dates.dateTime(visit.at(), DUTCH),
                visit.place() == null ? "" : visit.place()}, DUTCH);
        notifications.notify(visit.previousCoachId(), NotificationType.COACH_CHANGED,
                visit.at() == null ? "notification.warmVisit.cancelled" : "notification.warmVisit.planned",
                // a link of its own per moment: a moved visit is news even while the first notice is unread
                "/caseload?warmVisit=" + visit.clientId() + (visit.at() == null ? "&off" : "&at=" + visit.at()), null,
                detail);
    }

    /** The referrer hears that the trajectory ended and on which day (the aftercare itself is not theirs to read). */
    @ApplicationModuleListener
    void onClientEnded(ClientEnded ended) {
        notifications.notify(ended.referrerId(), NotificationType.CLIENT_ENDED, "notification.clientEnded",
                "/clients/" + ended.clientId() + "?ended", ended.clientId(),
                messages.getMessage("notification.clientEnded.detail",
                        new Object[]{Dates.date(ended.endedOn(), DUTCH)}, DUTCH));
    }

    private String nameOf(Long userId) {
        UserSummary user = accounts.byIds(List.of(userId)).get(userId);
        return user == null ? "" : user.displayName();
    }
}
