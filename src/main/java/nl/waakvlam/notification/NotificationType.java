package nl.waakvlam.notification;

import nl.waakvlam.security.Role;

import java.util.EnumSet;
import java.util.Set;

/** Kinds of notification; labels in {@code notificationType.*}. */
public enum NotificationType {
    REPORT_RELEASED, SIGNIFICANT_EVENT, FEEDBACK_DUE, REFERRAL_DECIDED, FOLLOW_UP_DUE, REFERRER_NOTE,
    /** The project leader opened the coach's private notes on a client (access for need). */
    ACCESS_FOR_NEED,
    /** A coach was matched to a client and the driegesprek planned: for the coach(es) and the referrer. */
    COACH_MATCHED,
    /** A project leader asked for a client's file to be erased: for the administrators who decide. */
    ERASURE_REQUESTED,
    /** An administrator decided an erasure request: for the project leader who asked. */
    ERASURE_DECIDED,
    /** A client got another primary coach: for the new and the previous coach and the referrer. */
    COACH_CHANGED,
    /** A client's designated cover coach was set or ended: for the covers concerned. */
    COVER_CHANGED,
    /** The driegesprek was moved or called off: for the coach(es) and the referrer. */
    DRIEGESPREK_CHANGED,
    /** The back office took a call for the coach: who to call back, about whom, how urgent. */
    CALLBACK_REQUESTED,
    /** A trajectory ended: for the referrer, with the end date. */
    CLIENT_ENDED,
    /** The client asks their coach, from Mijn Waakvlam, to change who may see what. */
    CLIENT_REQUEST,
    /** A monitoring round's questionnaire waits for this referrer or coach. */
    QUESTIONNAIRE_OPEN;

    /** The kinds a user of this role can receive, so the e-mail preferences list only those. */
    public static Set<NotificationType> receivedBy(Role role) {
        return switch (role) {
            case REFERRER -> EnumSet.of(REPORT_RELEASED, SIGNIFICANT_EVENT, REFERRAL_DECIDED, COACH_MATCHED,
                    COACH_CHANGED, DRIEGESPREK_CHANGED, CLIENT_ENDED, QUESTIONNAIRE_OPEN);
            case COACH -> EnumSet.of(FEEDBACK_DUE, FOLLOW_UP_DUE, REFERRER_NOTE, ACCESS_FOR_NEED, COACH_MATCHED,
                    COACH_CHANGED, COVER_CHANGED, DRIEGESPREK_CHANGED, CALLBACK_REQUESTED, CLIENT_REQUEST, QUESTIONNAIRE_OPEN);
            case ADMIN -> EnumSet.of(ERASURE_REQUESTED);
            case BACKOFFICE, CLIENT, MONITOR -> EnumSet.noneOf(NotificationType.class);
            default -> EnumSet.complementOf(EnumSet.of(ERASURE_REQUESTED, COACH_MATCHED, COACH_CHANGED, COVER_CHANGED,
                    DRIEGESPREK_CHANGED, CALLBACK_REQUESTED, CLIENT_ENDED, CLIENT_REQUEST, QUESTIONNAIRE_OPEN));
        };
    }
}
