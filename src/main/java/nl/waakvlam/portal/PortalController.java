package nl.waakvlam.portal;

import jakarta.servlet.http.HttpServletResponse;
import nl.waakvlam.client.ClientAccounts;
import nl.waakvlam.client.ClientService;
import nl.waakvlam.client.OwnFile;
import nl.waakvlam.escalation.EventService;
import nl.waakvlam.evaluation.Audience;
import nl.waakvlam.evaluation.QuestionnaireForm;
import nl.waakvlam.evaluation.Questionnaires;
import nl.waakvlam.goal.GoalService;
import nl.waakvlam.notification.NotificationService;
import nl.waakvlam.notification.NotificationType;
import nl.waakvlam.rights.ClientDataRequest;
import nl.waakvlam.security.AuditLog;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.shared.NotFoundException;
import nl.waakvlam.sharing.ReportService;
import nl.waakvlam.sharing.SharingService;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * {@code /mijn}: the client's own page (coach, goals, early-warning plan, shared reports) and
 * {@code /mijn/verslagen/{id}}: one shared report about them. A client without an open account on a
 * file that is still running gets 404, like any file outside a user's reach.
 */
@Controller
class PortalController {

    private final ClientService clients;
    private final GoalService goals;
    private final EventService events;
    private final ReportService reports;
    private final AuditLog auditLog;
    private final Clock clock;
    private final SharingService sharing;
    private final NotificationService notifications;
    private final ClientDataRequest dataRequest;
    private final ClientAccounts clientAccounts;
    private final Questionnaires questionnaires;

    PortalController(ClientService clients, GoalService goals, EventService events, ReportService reports,
                     AuditLog auditLog, Clock clock, SharingService sharing, NotificationService notifications,
                     ClientDataRequest dataRequest, ClientAccounts clientAccounts, Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
        this.clientAccounts = clientAccounts;
        this.dataRequest = dataRequest;
        this.sharing = sharing;
        this.notifications = notifications;
        this.auditLog = auditLog;
        this.clock = clock;
        this.clients = clients;
        this.goals = goals;
        this.events = events;
        this.reports = reports;
    }

    @GetMapping("/mijn")
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        OwnFile own = own(user);
        model.addAttribute("own", own);
        model.addAttribute("goals", goals.forClientThemselves(own.clientId()));
        model.addAttribute("signs", events.warningPlanForClientThemselves(own.clientId()));
        model.addAttribute("reports", reports.releasedForClientThemselves(own.clientId()));
        model.addAttribute("draft", reports.draftForClientThemselves(own.clientId()).orElse(null));
        model.addAttribute("guardians", clientAccounts.guardians(own.clientId()));
        model.addAttribute("questionnaires", questionnaires.openForClient(own.clientId()));
        return "portal/home";
    }

    /** A monitoring round's questionnaire that the client fills in themselves. */
    @GetMapping("/mijn/vragenlijst/{roundId}")
    String questionnaire(@AuthenticationPrincipal CurrentUser user, @PathVariable Long roundId, Model model) {
        return showQuestionnaire(own(user), roundId, new QuestionnaireForm(), model);
    }

    @PostMapping("/mijn/vragenlijst/{roundId}")
    String answerQuestionnaire(@AuthenticationPrincipal CurrentUser user, @PathVariable Long roundId,
                               @ModelAttribute("form") QuestionnaireForm form, BindingResult result, Model model,
                               RedirectAttributes redirect) {
        OwnFile own = own(user);
        if (questionnaires.answeredForClient(own.clientId(), roundId)) {
            // sent twice (a double tap, the back button): the first answers count
            return "redirect:/mijn";
        }
        questionnaires.openForClient(own.clientId(), roundId);
        if (QuestionnaireForm.reject(questionnaires.problems(Audience.CLIENT, form.getAnswers()), result)
                || result.hasErrors()) {
            return showQuestionnaire(own, roundId, form, model);
        }
        try {
            questionnaires.answerByClient(user, own.clientId(), roundId, form.getAnswers());
        } catch (RuntimeException e) {
            // answered at the same moment from another phone, or with the coach: the first answers count
            if (!questionnaires.answeredForClient(own.clientId(), roundId)) {
                throw e;
            }
            return "redirect:/mijn";
        }
        redirect.addFlashAttribute("flash", "mine.questionnaire.thanks");
        return "redirect:/mijn";
    }

    private String showQuestionnaire(OwnFile own, Long roundId, QuestionnaireForm form, Model model) {
        model.addAttribute("own", own);
        model.addAttribute("open", questionnaires.openForClient(own.clientId(), roundId));
        model.addAttribute("questions", questionnaires.questions(Audience.CLIENT));
        model.addAttribute("form", form);
        return "portal/questionnaire";
    }

    /** The draft the coach wants to discuss: the client reads it and says whether it is right. */
    @GetMapping("/mijn/concept/{id}")
    String draft(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        OwnFile own = own(user);
        ReportService.ClientDraft draft = reports.draftForClientThemselves(own.clientId())
                .filter(d -> d.id().equals(id)).orElseThrow(() -> new NotFoundException("report"));
        model.addAttribute("own", own);
        model.addAttribute("draft", draft);
        if (!model.containsAttribute("note")) {
            model.addAttribute("note", draft.note() == null ? "" : draft.note());
        }
        return "portal/draft";
    }

    @PostMapping("/mijn/concept/{id}")
    String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
                  @RequestParam(defaultValue = "false") boolean agreed, @RequestParam(defaultValue = "") String note,
                  Model model, RedirectAttributes redirect) {
        OwnFile own = own(user);
        String text = note.strip();
        String error = !agreed && text.isEmpty() ? "mine.draft.noteRequired"
                : text.length() > NOTE_MAX ? "mine.draft.noteTooLong" : null;
        if (error != null) {
            model.addAttribute("noteError", error);
            model.addAttribute("note", note);
            return draft(user, id, model);
        }
        reports.answerAsClient(own.clientId(), id, agreed, agreed || text.isEmpty() ? null : text);
        redirect.addFlashAttribute("flash", agreed ? "mine.draft.agreedFlash" : "mine.draft.disagreedFlash");
        return "redirect:/mijn";
    }

    static final int NOTE_MAX = 1000;

    @GetMapping("/mijn/verslagen/{id}")
    String report(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        OwnFile own = own(user);
        // only a released report about this client: any other id is as unknown as a missing one
        ReportService.ReleasedReport report = reports.releasedForClientThemselves(own.clientId()).stream()
                .filter(r -> r.id().equals(id)).findFirst().orElseThrow(() -> new NotFoundException("report"));
        model.addAttribute("own", own);
        model.addAttribute("report", report);
        return "portal/report";
    }

    /** Who may see what: the consents that hold, in plain words, and a question to the coach to change them. */
    @GetMapping("/mijn/toestemming")
    String consent(@AuthenticationPrincipal CurrentUser user, Model model) {
        OwnFile own = own(user);
        model.addAttribute("own", own);
        model.addAttribute("consents", sharing.consentsForClientThemselves(own.clientId()));
        if (!model.containsAttribute("question")) {
            model.addAttribute("question", "");
        }
        return "portal/consent";
    }

    /**
     * The client asks the coach to change who may see what: an inbox item for the coach (and the
     * colleague standing in) with the client's own words; the coach records the change, as today.
     */
    @PostMapping("/mijn/toestemming")
    String askAboutConsent(@AuthenticationPrincipal CurrentUser user,
                           @RequestParam(defaultValue = "") String question, Model model,
                           RedirectAttributes redirect) {
        OwnFile own = own(user);
        String text = question.strip();
        if (text.length() > QUESTION_MAX) {
            model.addAttribute("questionError", "mine.consent.tooLong");
            model.addAttribute("question", question);
            return consent(user, model);
        }
        if (own.coachId() != null) {
            // a link of its own per question: a second question while the first is unread is news too
            notifications.deliver(own.coachId(), NotificationType.CLIENT_REQUEST, "notification.clientRequest",
                    "/clients/" + own.clientId() + "?question=" + clock.instant().toEpochMilli() + "#sharing",
                    own.clientId(), text.isEmpty() ? null : text);
        }
        redirect.addFlashAttribute("flash", "mine.consent.askedFlash");
        return "redirect:/mijn/toestemming";
    }

    static final int QUESTION_MAX = 500;

    /**
     * My data: the file as a ZIP in words (a PDF and spreadsheets in Dutch Excel's format), without
     * the coach's working notes and tools; an export in the audit trail by the client.
     */
    @GetMapping("/mijn/mijn-gegevens.zip")
    void myData(@AuthenticationPrincipal CurrentUser user, Locale locale, HttpServletResponse response)
            throws IOException {
        dataRequest.exportForTheClient(user, locale, fileName -> {
            response.setContentType("application/zip");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(fileName).build().toString());
            return response.getOutputStream();
        });
    }

    /** Who looked at my file: the last three months, newest first, in plain words; "jij zelf" for my own views. */
    @GetMapping("/mijn/wie-keek")
    String whoLooked(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page,
                     Model model) {
        OwnFile own = own(user);
        Instant now = clock.instant();
        model.addAttribute("own", own);
        model.addAttribute("accesses", auditLog.accessesTo(own.clientId(), now.minus(Duration.ofDays(92)), now,
                PageRequest.of(Math.max(0, Math.min(page, 1000)), 20)));
        return "portal/who-looked";
    }

    private OwnFile own(CurrentUser user) {
        return clients.ownFile(user).orElseThrow(() -> new NotFoundException("client"));
    }
}
