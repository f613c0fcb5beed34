package nl.waakvlam.notification;

import nl.waakvlam.security.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The unread count shown in the header on every page (one count query). */
@ControllerAdvice
class UnreadCountAdvice {

    private final NotificationService notifications;

    UnreadCountAdvice(NotificationService notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    Long unreadNotifications() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return notifications.unreadCount(user.id());
        }
        return null;
    }
}
