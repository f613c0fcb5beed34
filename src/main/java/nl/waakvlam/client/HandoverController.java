package nl.waakvlam.client;

import jakarta.validation.constraints.Size;
import nl.waakvlam.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * {@code /clients/{id}/handover}: the handover summary a new coach reads first, its acknowledgement
 * and the warm handover visit; {@code /handovers}: the project leader's list of handovers not yet read.
 */
@Controller
class HandoverController {

    static final int PAGE_SIZE = 25;

    private final Handovers handovers;
    private final ClientQueries queries;
    private final Clock clock;
    private final TransactionTemplate readOnly;

    HandoverController(Handovers handovers, ClientQueries queries, Clock clock, PlatformTransactionManager transactions) {
        this.handovers = handovers;
        this.queries = queries;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @GetMapping("/clients/{id}/handover")
    String summary(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        return show(user, id, null, model);
    }

    @PostMapping("/clients/{id}/handover/read")
    String read(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
        handovers.read(user, id);
        redirect.addFlashAttribute("flash", "handover.readFlash");
        return "redirect:/clients/" + id;
    }

    @PostMapping("/clients/{id}/handover/warm-visit")
    String planWarmVisit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
                         @Validated @ModelAttribute("visitForm") WarmVisitForm form, BindingResult result, Model model,
                         RedirectAttributes redirect) {
        boolean cancel = "cancel".equals(form.getAction());
        if (!cancel && form.getAt() == null && !result.hasFieldErrors("at")) {
            result.rejectValue("at", "handover.warmVisitAtRequired");
        }
        if (!result.hasErrors()) {
            try {
                handovers.planWarmVisit(user, id, form.getVersion(), cancel ? null : form.getAt(), form.getPlace());
                redirect.addFlashAttribute("flash", cancel ? "handover.warmVisitCancelledFlash"
                        : "handover.warmVisitPlannedFlash");
                return "redirect:/clients/" + id + "/handover";
            } catch (LifecycleException e) {
                LocalisedErrors.rejectField(result, "at", e);
            }
        }
        return show(user, id, form, model);
    }

    @GetMapping("/handovers")
    String unread(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page,
                  Model model) {
        // page numbers held to what an offset can address, as on every other list
        model.addAttribute("handovers", handovers.unread(user, PageRequest.of(Math.max(0, Math.min(page, 10_000)),
                PAGE_SIZE)));
        return "client/handovers";
    }

    private String show(CurrentUser user, Long id, WarmVisitForm form, Model model) {
        // the read and its audit record first, in a transaction of their own, as on the file itself
        FileView view = queries.open(user, id, Handovers.READERS);
        model.addAttribute("file", view.file());
        readOnly.executeWithoutResult(status -> {
            Handovers.Handover handover = handovers.of(view);
            model.addAttribute("handover", handover);
            model.addAttribute("parts", handovers.parts(view));
            model.addAttribute("endPlan", handovers.endPlan(view));
            if (form == null && handover != null) {
                WarmVisitForm fresh = new WarmVisitForm();
                fresh.setVersion(handover.version());
                fresh.setAt(handover.warmVisitAt());
                fresh.setPlace(handover.warmVisitPlace());
                model.addAttribute("visitForm", fresh);
            }
        });
        if (form != null) {
            model.addAttribute("visitForm", form);
        }
        model.addAttribute("now", LocalDateTime.now(clock));
        return "client/handover";
    }

    /** The warm handover visit: when and where; {@code action=cancel} calls it off. */
    public static class WarmVisitForm {

        private long version;

        @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
        private LocalDateTime at;

        @Size(max = 200)
        private String place;

        private String action;

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        public LocalDateTime getAt() {
            return at;
        }

        public void setAt(LocalDateTime at) {
            this.at = at;
        }

        public String getPlace() {
            return place;
        }

        public void setPlace(String place) {
            this.place = place;
        }

        public String getAction() {
            return action;
        }

        public void setAction(String action) {
            this.action = action;
        }
    }
}
