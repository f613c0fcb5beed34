package nl.waakvlam.notification;

import nl.waakvlam.client.ClientService;
import nl.waakvlam.security.AccountService;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.security.UserSummary;
import nl.waakvlam.shared.BaseAddress;
import nl.waakvlam.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creates inbox items and, after the creating transaction commits, sends the e-mail when mail is
 * configured and the user wants it. The e-mail is content-free on purpose: e-mail leaves our
 * control, so it only says that something is waiting.
 */
@Service
@Transactional
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

    private final NotificationRepository notifications;
    private final NotificationPreferenceRepository preferences;
    private final AccountService accounts;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;
    private final ClientService clients;
    private final String from;
    private final JdbcTemplate jdbc;

    NotificationService(NotificationRepository notifications, NotificationPreferenceRepository preferences,
                        AccountService accounts, ObjectProvider<JavaMailSender> mailSender,
                        ApplicationEventPublisher events, Clock clock, JdbcTemplate jdbc,
                        BaseAddress baseAddress, ClientService clients,
                        @Value("${waakvlam.mail.from:waakvlam@localhost}") String from) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.preferences = preferences;
        this.accounts = accounts;
        this.mailSender = mailSender;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseAddress.url();
        this.clients = clients;
        this.from = from;
    }

    /**
     * Puts a notification about a client (or none: {@code clientId} null) in a user's inbox. An
     * identical unread one (same type and link) is not repeated.
     */
    public boolean notify(Long userId, NotificationType type, String messageKey, String link, Long clientId) {
        return notify(userId, type, messageKey, link, clientId, null);
    }

    /**
     * The same, with a short text the inbox shows under the message ({@code detail}, e.g. the reason
     * a project leader gave). The e-mail stays without it, as without any content.
     *
     * @return whether an item was added (false: an identical unread one is there already)
     */
    public boolean notify(Long userId, NotificationType type, String messageKey, String link, Long clientId,
                          String detail) {
        return deliver(userId, type, messageKey, link, clientId, detail) > 0;
    }

    /**
     * The same as {@link #notify(Long, NotificationType, String, String, Long, String)}, answering how
     * many inbox items it wrote: the user's, and while the client's coach is absent also one for the
     * colleague standing in, who must not hear of it weeks later.
     */
    public int deliver(Long userId, NotificationType type, String messageKey, String link, Long clientId,
                       String detail) {
        int added = add(userId, type, messageKey, link, clientId, detail) ? 1 : 0;
        if (clientId != null) {
            Long standIn = clients.standInFor(userId, clientId).orElse(null);
            if (standIn != null && add(standIn, type, messageKey, link, clientId, detail)) {
                added++;
            }
        }
        return added;
    }

    private boolean add(Long userId, NotificationType type, String messageKey, String link, Long clientId,
                        String detail) {
        if (notifications.existsByUserIdAndTypeAndLinkAndReadAtIsNull(userId, type, link)) {
            return false;
        }
        Notification saved = notifications.save(new Notification(userId, type, messageKey, link, clientId,
                clock.instant()).withDetail(detail));
        events.publishEvent(new NotificationCreated(saved.getId()));
        return true;
    }

    /** After the inbox item is committed; a failed send stays incomplete and is retried. */
    @ApplicationModuleListener
    public void sendEmail(NotificationCreated created) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        Notification notification = notifications.findById(created.notificationId()).orElse(null);
        // a resubmitted publication must not send the same e-mail twice
        if (notification == null || notification.getEmailedAt() != null
                || !wantsEmail(notification.getUserId(), notification.getType())) {
            return;
        }
        UserSummary user = accounts.byIds(List.of(notification.getUserId())).get(notification.getUserId());
        if (user == null || user.email() == null || user.email().isBlank()) {
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(user.email());
        message.setSubject("Waakvlam: er staat een bericht voor u klaar / a message is waiting for you");
        message.setText("""
                Er staat een nieuw bericht voor u klaar in Waakvlam. Log in om het te lezen:
                %s/inbox/%d

                A new message is waiting for you in Waakvlam. Log in to read it:
                %s/inbox/%d

                U kunt e-mailberichten uitzetten op de pagina Berichten. / You can turn e-mail off on the Inbox page.
                """.formatted(baseUrl, notification.getId(), baseUrl, notification.getId()));
        try {
            sender.send(message);
            notification.markEmailed(clock.instant());
        } catch (MailException e) {
            // The inbox item stands; only the courtesy e-mail failed. Rethrown so that the publication
            // stays incomplete and is resubmitted later. No address or content in the log.
            log.warn("Notification e-mail {} could not be sent: {}", notification.getId(), e.getClass().getSimpleName());
            throw e;
        }
    }

    @Transactional(readOnly = true)
    public boolean wantsEmail(Long userId, NotificationType type) {
        return preferences.findById(new NotificationPreference.Key(userId, type))
                .map(NotificationPreference::isEmail).orElse(true);
    }

    /** How many inbox items were created before {@code before}: what {@link #deleteCreatedBefore} would remove. */
    @Transactional(readOnly = true)
    public long countCreatedBefore(Instant before) {
        return notifications.countByCreatedAtBefore(before);
    }

    /** Deletes the inbox items created before {@code before} (the retention period for inbox items). */
    @Transactional
    public int deleteCreatedBefore(Instant before) {
        return notifications.deleteCreatedBefore(before);
    }

    /** One plain statement without a transaction of its own: the header asks it on every page. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public long unreadCount(Long userId) {
        Long count = jdbc.queryForObject("select count(*) from notification where user_id = ? and read_at is null",
                Long.class, userId);
        return count == null ? 0 : count;
    }

    /** An inbox line; {@code clientId} is the client it is about, if any. */
    public record InboxItem(Long id, NotificationType type, String messageKey, Instant createdAt,
                            boolean read, Long clientId, String detail) {
    }

    @Transactional(readOnly = true)
    Page<InboxItem> inbox(Long userId, Pageable pageable) {
        return notifications.findByUserIdOrderByCreatedAtDescIdDesc(userId, pageable).map(n -> new InboxItem(n.getId(),
                n.getType(), n.getMessageKey(), n.getCreatedAt(), n.getReadAt() != null, n.getClientId(),
                n.getDetail()));
    }

    /** Marks every unread item of this user read; one statement. */
    int markAllRead(Long userId) {
        return notifications.markAllRead(userId, clock.instant());
    }

    /** Marks an item read and returns where it points; not found for someone else's item. */
    String open(Long userId, Long notificationId) {
        Notification notification = notifications.findById(notificationId)
                .filter(n -> n.getUserId().equals(userId))
                .orElseThrow(() -> new NotFoundException("notification"));
        notification.markRead(clock.instant());
        return notification.getLink();
    }

    /** Per kind of notification this user receives: whether an e-mail goes out too (default yes). */
    @Transactional(readOnly = true)
    public Map<NotificationType, Boolean> preferencesOf(CurrentUser user) {
        Set<NotificationType> received = NotificationType.receivedBy(user.role());
        Map<NotificationType, Boolean> result = new EnumMap<>(NotificationType.class);
        preferencesOf(user.id()).forEach((type, email) -> {
            if (received.contains(type)) {
                result.put(type, email);
            }
        });
        return result;
    }

    @Transactional(readOnly = true)
    Map<NotificationType, Boolean> preferencesOf(Long userId) {
        Map<NotificationType, Boolean> result = new EnumMap<>(NotificationType.class);
        for (NotificationType type : NotificationType.values()) {
            result.put(type, true);
        }
        preferences.findByUserId(userId).forEach(p -> result.put(p.getType(), p.isEmail()));
        return result;
    }

    @Transactional
    public void savePreferences(Long userId, List<NotificationType> emailTypes) {
        for (NotificationType type : NotificationType.values()) {
            boolean email = emailTypes.contains(type);
            preferences.findById(new NotificationPreference.Key(userId, type)).ifPresentOrElse(
                    p -> p.setEmail(email), () -> preferences.save(new NotificationPreference(userId, type, email)));
        }
    }

    public boolean mailConfigured() {
        return mailSender.getIfAvailable() != null;
    }
}
