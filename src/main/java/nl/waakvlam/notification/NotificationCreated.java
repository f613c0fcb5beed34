package nl.waakvlam.notification;

/** Published when an inbox item is created; the e-mail about it goes out after commit. */
public record NotificationCreated(Long notificationId) {
}
