package nl.waakvlam.notification;

/** Kinds of notification; labels in {@code notificationType.*}. */
public enum NotificationType {
    REPORT_RELEASED, SIGNIFICANT_EVENT, FEEDBACK_DUE, REFERRAL_DECIDED, FOLLOW_UP_DUE, REFERRER_NOTE
}
