/**
 * Notifications: the in-app inbox of every user (with the unread count in the header) and e-mail
 * as a second channel when {@code spring.mail.*} is configured. An e-mail only says that something
 * is waiting and links to the inbox — never a client's name or any content. Users choose e-mail
 * per notification type.
 */
@ApplicationModule(displayName = "Notifications", allowedDependencies = {"shared", "security", "client", "coach"})
package nl.waakvlam.notification;

import org.springframework.modulith.ApplicationModule;
