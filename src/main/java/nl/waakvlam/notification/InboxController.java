package nl.waakvlam.notification;

import nl.waakvlam.client.ClientService;
import nl.waakvlam.security.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Objects;
import java.util.stream.Collectors;

/** {@code /inbox}: every user's notifications (the e-mail preferences are on {@code /account}). */
@Controller
class InboxController {

    private final NotificationService notifications;
    private final ClientService clients;

    InboxController(NotificationService notifications, ClientService clients) {
        this.notifications = notifications;
        this.clients = clients;
    }

    @GetMapping("/inbox")
    String inbox(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        Page<NotificationService.InboxItem> items = notifications.inbox(user.id(), PageRequest.of(Math.max(0, page), 25));
        model.addAttribute("items", items);
        // names only of clients this reader may see; an item about another client stays without one
        model.addAttribute("clientNames", clients.visibleNames(user, items.stream()
                .map(NotificationService.InboxItem::clientId).filter(Objects::nonNull).collect(Collectors.toSet())));
        return "notification/inbox";
    }

    @GetMapping("/inbox/{id}")
    String open(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        String link = notifications.open(user.id(), id);
        // only ever redirect inside the application
        return "redirect:" + (link.startsWith("/") && !link.startsWith("//") ? link : "/inbox");
    }

    @PostMapping("/inbox/read-all")
    String readAll(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        notifications.markAllRead(user.id());
        redirect.addFlashAttribute("flash", "inbox.allReadFlash");
        return "redirect:/inbox";
    }
}
