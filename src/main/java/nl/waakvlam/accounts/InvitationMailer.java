package nl.waakvlam.accounts;

import nl.waakvlam.security.AccountService;
import nl.waakvlam.shared.BaseAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Sends the link to choose a password. Without mail configured, or when the mail server refuses,
 * nothing is sent and the administrator is shown the link once instead, to pass on by hand.
 */
@Component
class InvitationMailer {

    private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final MessageSource messages;
    private final BaseAddress baseAddress;
    private final String from;

    InvitationMailer(ObjectProvider<JavaMailSender> mailSender, MessageSource messages, BaseAddress baseAddress,
                     @Value("${waakvlam.mail.from:waakvlam@localhost}") String from) {
        this.mailSender = mailSender;
        this.messages = messages;
        this.baseAddress = baseAddress;
        this.from = from;
    }

    String linkTo(AccountService.PasswordLink link) {
        return baseAddress.link("/invitation/" + link.token());
    }

    /** True when the e-mail went out; false when the administrator must pass the link on. */
    boolean send(String email, String displayName, AccountService.PasswordLink link, boolean firstInvitation) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null || email == null || email.isBlank()) {
            return false;
        }
        // New accounts are Dutch-speaking by default; the page behind the link has a language switch.
        Locale dutch = Locale.forLanguageTag("nl");
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(email);
        message.setSubject(messages.getMessage(firstInvitation ? "invitation.mail.subject"
                : "invitation.mail.subjectAgain", null, dutch));
        message.setText(messages.getMessage("invitation.mail.body", new Object[]{displayName, linkTo(link),
                AccountService.LINK_VALIDITY.toHours()}, dutch));
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            // no address or name in the log: only that it failed, and the account id
            log.warn("Invitation e-mail for account {} could not be sent: {}", link.userId(), e.getClass().getSimpleName());
            return false;
        }
    }
}
