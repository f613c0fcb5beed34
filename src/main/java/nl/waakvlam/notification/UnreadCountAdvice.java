package nl.waakvlam.notification;

import nl.waakvlam.security.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

/**
 * The unread count shown in the header on every page. Lazy: the count query runs only when a page
 * actually shows it, not for a form post that redirects or a download.
 */
@ControllerAdvice
class UnreadCountAdvice {

    private final NotificationService notifications;

    UnreadCountAdvice(NotificationService notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    LazyContextVariable<Long> unreadNotifications() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return new LazyContextVariable<>() {
                @Override
                protected Long loadValue() {
                    return notifications.unreadCount(user.id());
                }
            };
        }
        return null;
    }
}
