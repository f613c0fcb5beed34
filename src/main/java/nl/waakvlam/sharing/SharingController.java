package nl.waakvlam.sharing;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.waakvlam.security.AuditAction;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.security.Role;
import nl.waakvlam.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Feedback agreements and consent (coach), context notes (referrer), progress reports
 * ({@code /reports/{id}}, {@code /reports/{id}.pdf}) and the project leader's agreement overview.
 */
@Controller
class SharingController {

    private final SharingService sharing;
    private final ReportService reports;

    SharingController(SharingService sharing, ReportService reports) {
        this.sharing = sharing;
        this.reports = reports;
    }

    @PostMapping("/clients/{id}/agreement")
    String agree(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id, @RequestParam Long referrerId,
                 @RequestParam FeedbackFrequency frequency, @RequestParam(required = false) String topics,
                 @RequestParam FeedbackChannel channel, @RequestParam(required = false) LocalDate nextDue,
                 RedirectAttributes redirect) {
        try {
            sharing.agree(coach, id, referrerId, frequency, topics != null && topics.length() > 1000
                    ? topics.substring(0, 1000) : topics, channel, nextDue);
            redirect.addFlashAttribute("flash", "agreement.savedFlash");
        } catch (SharingException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/clients/" + id + "#sharing";
    }

    @PostMapping("/clients/{id}/consents")
    String giveConsent(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id,
                       @RequestParam RecipientType recipientType, @RequestParam(required = false) Long referrerId,
                       @RequestParam(required = false) Long organisationId,
                       @RequestParam(required = false) String representative,
                       @RequestParam(defaultValue = "false") boolean reports,
                       @RequestParam(defaultValue = "false") boolean events,
                       @RequestParam(defaultValue = "false") boolean goals, @RequestParam ObtainedHow obtainedHow,
                       @RequestParam(required = false) LocalDate givenOn, RedirectAttributes redirect) {
        try {
            sharing.giveConsent(coach, id, recipientType, referrerId, organisationId, representative, reports, events,
                    goals, obtainedHow, givenOn);
            redirect.addFlashAttribute("flash", "consent.savedFlash");
        } catch (SharingException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/clients/" + id + "#sharing";
    }

    @PostMapping("/clients/{id}/consents/{consentId}/withdraw")
    String withdraw(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id, @PathVariable Long consentId,
                    RedirectAttributes redirect) {
        try {
            sharing.withdrawConsent(coach, id, consentId);
            redirect.addFlashAttribute("flash", "consent.withdrawnFlash");
        } catch (SharingException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/clients/" + id + "#sharing";
    }

    @PostMapping("/clients/{id}/referrer-notes")
    String addNote(@AuthenticationPrincipal CurrentUser referrer, @PathVariable Long id,
                   @RequestParam(required = false) String note, @RequestParam(required = false) LocalDate noticedOn,
                   RedirectAttributes redirect) {
        try {
            sharing.addReferrerNote(referrer, id, noticedOn, note);
            redirect.addFlashAttribute("flash", "referrerNote.savedFlash");
        } catch (SharingException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/clients/" + id;
    }

    @PostMapping("/clients/{id}/reports")
    String startReport(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id,
                       @RequestParam(required = false) LocalDate periodFrom,
                       @RequestParam(required = false) LocalDate periodTo, Locale locale, RedirectAttributes redirect) {
        try {
            LocalDate[] period = reports.defaultPeriod(id);
            Long reportId = reports.startDraft(coach, id, periodFrom == null ? period[0] : periodFrom,
                    periodTo == null ? period[1] : periodTo, locale);
            return "redirect:/reports/" + reportId;
        } catch (SharingException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:/clients/" + id + "#sharing";
        }
    }

    @GetMapping("/reports/{id}")
    String report(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        ReportView report = reports.view(user, id, AuditAction.VIEW);
        model.addAttribute("report", report);
        if (report.canEdit()) {
            model.addAttribute("hints", ReadabilityHints.of(report.body()));
            model.addAttribute("clientReview", reports.clientReview(id));
        }
        return "sharing/report";
    }

    /** The coach puts the draft before the client on Mijn Waakvlam, to hear whether it is right. */
    @PostMapping("/reports/{id}/ask-client")
    String askClient(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id, RedirectAttributes redirect) {
        try {
            reports.askClient(coach, id);
            redirect.addFlashAttribute("flash", "report.clientReview.askedFlash");
        } catch (SharingException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/reports/" + id;
    }

    /**
     * The B1 hints for a text being typed in a draft, as the page's hints block (js/b1-hints.js). Reads
     * and saves nothing: the text is the coach's own, sent back as hints; only coaches ask.
     */
    @PostMapping("/reports/{id}/hints")
    String hints(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id,
                 @RequestParam(required = false) String body, Model model) {
        if (!coach.is(Role.COACH)) {
            throw new NotFoundException("report");
        }
        String text = body == null ? "" : body;
        model.addAttribute("hints", ReadabilityHints.of(text.length() > MAX_HINTED ? text.substring(0, MAX_HINTED) : text));
        model.addAttribute("report", new HintedReport(id));
        return "sharing/report :: hints";
    }

    /** What the hints fragment needs of the report: its id, for the address of the next request. */
    public record HintedReport(Long id) {
    }

    /** A report text is at most a few pages; longer input is not read further for hints. */
    static final int MAX_HINTED = 20_000;

    @GetMapping("/reports/{id}.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Locale locale) {
        byte[] pdf = reports.pdf(user, id, locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("voortgangsverslag-" + id + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }

    /**
     * Saves (and releases) a draft. The form always sends the period; a request without it keeps the
     * period as it was, a blank date in it is refused.
     */
    @PostMapping("/reports/{id}")
    String edit(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id, @RequestParam long version,
                @RequestParam(required = false) String body, @RequestParam(required = false) LocalDate discussedOn,
                @RequestParam(required = false) LocalDate periodFrom,
                @RequestParam(required = false) LocalDate periodTo,
                @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect,
                HttpServletRequest request, HttpServletResponse response) {
        boolean periodSent = request.getParameter("periodFrom") != null || request.getParameter("periodTo") != null;
        try {
            if (periodSent && periodFrom == null) {
                throw new SharingException("periodFrom", "NotNull");
            }
            if (periodSent && periodTo == null) {
                throw new SharingException("periodTo", "NotNull");
            }
            boolean release = "release".equals(action);
            reports.edit(coach, id, version, body, discussedOn, periodFrom, periodTo, release);
            redirect.addFlashAttribute("flash", release ? "report.releasedFlash" : "report.savedFlash");
            return "redirect:/reports/" + id;
        } catch (SharingException e) {
            ReportView current = reports.view(coach, id, AuditAction.VIEW);
            // the form shows what was typed; a released report keeps showing its own period
            boolean typedPeriod = periodSent && current.canEdit();
            model.addAttribute("report", new ReportView(current.id(), current.clientId(), current.clientName(),
                    current.coachName(), typedPeriod ? periodFrom : current.periodFrom(),
                    typedPeriod ? periodTo : current.periodTo(), body, current.status(), discussedOn,
                    current.releasedAt(), current.versionNo(), current.previousId(), current.canEdit(),
                    current.canCorrect(), current.readBy(), version, current.leftOutByConsent()));
            if (current.canEdit()) {
                model.addAttribute("hints", ReadabilityHints.of(body));
                model.addAttribute("clientReview", reports.clientReview(id));
            }
            model.addAttribute("reportError", e.messageKey());
            model.addAttribute("reportErrorField", e.field());
            response.setStatus(HttpServletResponse.SC_OK);
            return "sharing/report";
        }
    }

    @PostMapping("/reports/{id}/correct")
    String correct(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id, RedirectAttributes redirect) {
        try {
            Long draft = reports.correct(coach, id);
            redirect.addFlashAttribute("flash", "report.correctionFlash");
            return "redirect:/reports/" + draft;
        } catch (SharingException e) {
            // e.g. a draft cannot be corrected, only a released report
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:/reports/" + id;
        }
    }

    @GetMapping("/agreements")
    String overview(Model model) {
        model.addAttribute("rows", sharing.agreementsPerOrganisation());
        return "sharing/agreements";
    }
}
