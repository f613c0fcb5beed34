package nl.waakvlam.referral;

import nl.waakvlam.client.ClientAccess;
import nl.waakvlam.client.ClientGate;
import nl.waakvlam.client.ClientHeader;
import nl.waakvlam.security.AuditAction;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;

/**
 * {@code /clients/{id}/driegesprek.ics}: the planned driegesprek for the calendar of everyone who sees
 * the client's file (the coaches, the referrer, the project leader); the download is audited as a
 * view of the referral. Not found when nothing is planned.
 */
@Controller
class DriegesprekController {

    private final ClientGate gate;
    private final ReferralRepository referrals;
    private final DriegesprekCalendar calendar;
    private final MessageSource messages;

    DriegesprekController(ClientGate gate, ReferralRepository referrals, DriegesprekCalendar calendar,
                          MessageSource messages) {
        this.gate = gate;
        this.referrals = referrals;
        this.calendar = calendar;
        this.messages = messages;
    }

    @GetMapping("/clients/{id}/driegesprek.ics")
    @Transactional
    ResponseEntity<byte[]> ics(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Locale locale) {
        ClientHeader client = gate.open(user, id, EnumSet.allOf(ClientAccess.class), AuditAction.VIEW, "referral", id);
        Referral referral = referrals.findById(client.id())
                .filter(r -> r.getStartMeetingAt() != null)
                .orElseThrow(() -> new NotFoundException("driegesprek"));
        byte[] ics = calendar.ics(client.id(), referral.getStartMeetingAt(), referral.getStartMeetingPlace(),
                messages.getMessage("driegesprek.summary", null, locale),
                messages.getMessage("driegesprek.description", null, locale));
        return ResponseEntity.ok().contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("driegesprek.ics").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(ics);
    }
}
