package nl.waakvlam.referral;

import nl.waakvlam.client.ClientAccess;
import nl.waakvlam.client.ClientGate;
import nl.waakvlam.client.ClientHeader;
import nl.waakvlam.security.AuditAction;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * {@code /clients/{id}/driegesprek.ics}: the planned driegesprek for the calendar of everyone who sees
 * the client's file (the coaches, the referrer, the project leader); the download is audited as a
 * view of the referral. Not found when nothing is planned. {@code POST /clients/{id}/driegesprek}
 * moves it or calls it off.
 */
@Controller
class DriegesprekController {

    private final ClientGate gate;
    private final ReferralRepository referrals;
    private final DriegesprekCalendar calendar;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** Who may move or call off the driegesprek: the project leader and the client's coach(es). */
    static final Set<ClientAccess> REPLANNERS = EnumSet.of(ClientAccess.FULL, ClientAccess.COVER,
            ClientAccess.METADATA);

    DriegesprekController(ClientGate gate, ReferralRepository referrals, DriegesprekCalendar calendar,
                          MessageSource messages, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
        this.gate = gate;
        this.referrals = referrals;
        this.calendar = calendar;
        this.messages = messages;
    }

    /**
     * Moves the driegesprek to another moment or place, or calls it off ({@code action=cancel}): the
     * project leader or the client's coach. The coach(es) and the referrer are told after commit.
     */
    @PostMapping("/clients/{id}/driegesprek")
    @Transactional
    String replan(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
                  @RequestParam(required = false) String date, @RequestParam(required = false) String time,
                  @RequestParam(required = false) String place, @RequestParam(defaultValue = "move") String action,
                  @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        ClientHeader client = gate.open(user, id, REPLANNERS, AuditAction.UPDATE, "referral", id);
        // only a driegesprek still to come; one held stays on record
        Referral referral = referrals.findById(client.id()).filter(r -> r.getStartMeetingAt() != null
                        && !r.getStartMeetingAt().isBefore(LocalDateTime.now(clock)))
                .orElseThrow(() -> new NotFoundException("driegesprek"));
        String back = "redirect:/clients/" + id + "#details";
        if (version == null || version != referral.getVersion()) {
            // someone else moved it since this page was opened: never overwrite that unseen
            redirect.addFlashAttribute("flashError", "driegesprek.conflict");
            return back;
        }
        if ("cancel".equals(action)) {
            referral.replanMeeting(null, null);
            referrals.saveAndFlush(referral);
            events.publishEvent(new DriegesprekChanged(id, client.referrerId(), client.coachId(),
                    client.coverCoachId(), null, null, referral.getVersion()));
            redirect.addFlashAttribute("flash", "driegesprek.cancelledFlash");
            return back;
        }
        LocalDateTime at;
        try {
            at = LocalDate.parse(date == null ? "" : date.strip()).atTime(LocalTime.parse(time == null ? "" : time.strip()));
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("flashError", "driegesprek.dateTimeRequired");
            return back;
        }
        String where = place == null ? "" : place.strip();
        if (at.isBefore(LocalDateTime.now(clock))) {
            redirect.addFlashAttribute("flashError", "driegesprek.inThePast");
            return back;
        }
        if (where.isEmpty() || where.length() > 200) {
            redirect.addFlashAttribute("flashError", "driegesprek.placeRequired");
            return back;
        }
        referral.replanMeeting(at, where);
        referrals.saveAndFlush(referral);
        events.publishEvent(new DriegesprekChanged(id, client.referrerId(), client.coachId(), client.coverCoachId(),
                at, where, referral.getVersion()));
        redirect.addFlashAttribute("flash", "driegesprek.movedFlash");
        return back;
    }

    @GetMapping("/clients/{id}/driegesprek.ics")
    @Transactional
    ResponseEntity<byte[]> ics(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Locale locale) {
        ClientHeader client = gate.open(user, id, EnumSet.allOf(ClientAccess.class), AuditAction.VIEW, "referral", id);
        Referral referral = referrals.findById(client.id())
                .filter(r -> r.getStartMeetingAt() != null)
                .orElseThrow(() -> new NotFoundException("driegesprek"));
        byte[] ics = calendar.ics(client.id(), (int) referral.getVersion(), referral.getStartMeetingAt(),
                referral.getStartMeetingPlace(),
                messages.getMessage("driegesprek.summary", null, locale),
                messages.getMessage("driegesprek.description", null, locale));
        return ResponseEntity.ok().contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("driegesprek.ics").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(ics);
    }
}
