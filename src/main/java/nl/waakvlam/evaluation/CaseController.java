package nl.waakvlam.evaluation;

import nl.waakvlam.security.CurrentUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The coach's forms on the file: what a prevented escalation avoided
 * ({@code /clients/{id}/avoided-costs/new?event=}) and an experience story
 * ({@code /clients/{id}/stories/new}); the project leader's decisions on both
 * ({@code /dashboard/avoided-costs}, {@code /dashboard/stories}).
 */
@Controller
class CaseController {

    private final AvoidedCosts avoidedCosts;
    private final Stories stories;
    private final Clock clock;

    CaseController(AvoidedCosts avoidedCosts, Stories stories, Clock clock) {
        this.avoidedCosts = avoidedCosts;
        this.stories = stories;
        this.clock = clock;
    }

    @GetMapping("/clients/{id}/avoided-costs/new")
    String caseForm(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id,
                    @RequestParam(required = false) Long event, Model model) {
        return showCase(coach, id, event, Map.of(), null, model);
    }

    @PostMapping("/clients/{id}/avoided-costs/new")
    String propose(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id,
                   @RequestParam(required = false) Long event, @RequestParam(required = false) Long kindId,
                   @RequestParam(required = false) String amount, @RequestParam(required = false) String note,
                   Model model, RedirectAttributes redirect) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("kindId", kindId == null ? "" : kindId.toString());
        typed.put("amount", amount == null ? "" : amount);
        typed.put("note", note == null ? "" : note);
        Integer euros;
        try {
            euros = amount == null || amount.isBlank() ? null : Integer.valueOf(amount.strip().replace(".", ""));
        } catch (NumberFormatException e) {
            return showCase(coach, id, event, typed, new EvaluationException("amount", "avoidedCost.amountRange"), model);
        }
        try {
            avoidedCosts.propose(coach, id, event, kindId, euros, note);
        } catch (EvaluationException e) {
            return showCase(coach, id, event, typed, e, model);
        }
        redirect.addFlashAttribute("flash", "avoidedCost.proposedFlash");
        return "redirect:/clients/" + id + "#file-evaluation";
    }

    private String showCase(CurrentUser coach, Long id, Long event, Map<String, String> typed, EvaluationException error,
                            Model model) {
        model.addAttribute("client", avoidedCosts.clientForCase(coach, id));
        AvoidedCosts.PreventedEvent prevented = avoidedCosts.preventedEvent(id, event);
        model.addAttribute("event", prevented);
        model.addAttribute("recorded", avoidedCosts.recorded(prevented.id()));
        model.addAttribute("kinds", avoidedCosts.kinds().stream().filter(AvoidedCosts.KindView::active).toList());
        model.addAttribute("typed", typed);
        model.addAttribute("errorField", error == null ? null : error.field());
        model.addAttribute("errorKey", error == null ? null : error.messageKey());
        return "evaluation/case-form";
    }

    @GetMapping("/clients/{id}/stories/new")
    String storyForm(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id, Model model) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("consentOn", LocalDate.now(clock).toString());
        return showStory(coach, id, typed, null, model);
    }

    @PostMapping("/clients/{id}/stories/new")
    String proposeStory(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id,
                        @RequestParam(required = false) String title, @RequestParam(required = false) String body,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate consentOn,
                        @RequestParam(defaultValue = "false") boolean consent, Model model, RedirectAttributes redirect) {
        try {
            stories.propose(coach, id, title, body, consentOn, consent);
        } catch (EvaluationException e) {
            Map<String, String> typed = new LinkedHashMap<>();
            typed.put("title", title == null ? "" : title);
            typed.put("body", body == null ? "" : body);
            typed.put("consentOn", consentOn == null ? "" : consentOn.toString());
            typed.put("consent", Boolean.toString(consent));
            return showStory(coach, id, typed, e, model);
        }
        redirect.addFlashAttribute("flash", "story.proposedFlash");
        return "redirect:/clients/" + id + "#file-evaluation";
    }

    private String showStory(CurrentUser coach, Long id, Map<String, String> typed, EvaluationException error,
                             Model model) {
        model.addAttribute("client", stories.clientForStory(coach, id));
        model.addAttribute("typed", typed);
        model.addAttribute("errorField", error == null ? null : error.field());
        model.addAttribute("errorKey", error == null ? null : error.messageKey());
        model.addAttribute("errorArgs", error == null ? new Object[0] : error.arguments());
        return "evaluation/story-form";
    }

    @GetMapping("/dashboard/avoided-costs")
    String cases(@AuthenticationPrincipal CurrentUser leader, Model model) {
        model.addAttribute("cases", avoidedCosts.all(leader));
        return "evaluation/cases";
    }

    @PostMapping("/dashboard/avoided-costs/{caseId}")
    String decideCase(@AuthenticationPrincipal CurrentUser leader, @PathVariable Long caseId, @RequestParam long version,
                      @RequestParam(defaultValue = "confirm") String decision,
                      @RequestParam(required = false) String amount, Model model, RedirectAttributes redirect) {
        try {
            Integer euros = amount == null || amount.isBlank() ? null : Integer.valueOf(amount.strip().replace(".", ""));
            avoidedCosts.decide(leader, caseId, version, !"reject".equals(decision), euros);
        } catch (NumberFormatException e) {
            return caseError(leader, caseId, "avoidedCost.amountRange", amount, model);
        } catch (EvaluationException e) {
            return caseError(leader, caseId, e.messageKey(), amount, model);
        } catch (ObjectOptimisticLockingFailureException e) {
            return caseError(leader, caseId, "avoidedCost.conflict", amount, model);
        }
        redirect.addFlashAttribute("flash", "reject".equals(decision) ? "avoidedCost.rejectedFlash"
                : "avoidedCost.confirmedFlash");
        return "redirect:/dashboard/avoided-costs";
    }

    private String caseError(CurrentUser leader, Long caseId, String key, String amount, Model model) {
        model.addAttribute("failedId", caseId);
        model.addAttribute("errorKey", key);
        model.addAttribute("typedAmount", amount == null ? "" : amount);
        return cases(leader, model);
    }

    @GetMapping("/dashboard/stories")
    String storyList(@AuthenticationPrincipal CurrentUser leader, Model model) {
        model.addAttribute("stories", stories.all(leader));
        return "evaluation/stories";
    }

    @PostMapping("/dashboard/stories/{storyId}")
    String decideStory(@AuthenticationPrincipal CurrentUser leader, @PathVariable Long storyId,
                       @RequestParam long version, @RequestParam(defaultValue = "select") String decision, Model model,
                       RedirectAttributes redirect) {
        try {
            stories.decide(leader, storyId, version, "select".equals(decision));
        } catch (EvaluationException e) {
            model.addAttribute("failedId", storyId);
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
            return storyList(leader, model);
        } catch (ObjectOptimisticLockingFailureException e) {
            model.addAttribute("failedId", storyId);
            model.addAttribute("errorKey", "story.conflict");
            model.addAttribute("errorArgs", new Object[0]);
            return storyList(leader, model);
        }
        redirect.addFlashAttribute("flash", "select".equals(decision) ? "story.selectedFlash" : "story.declinedFlash");
        return "redirect:/dashboard/stories";
    }

    @GetMapping("/admin/avoided-costs")
    String kinds(Model model) {
        model.addAttribute("kinds", avoidedCosts.kinds());
        return "evaluation/admin-kinds";
    }

    @PostMapping("/admin/avoided-costs")
    String saveKind(@RequestParam(required = false) Long id, @RequestParam(defaultValue = "0") long version,
                    @RequestParam(required = false) String nameNl, @RequestParam(required = false) String nameEn,
                    @RequestParam(required = false) String referenceAmount, @RequestParam(required = false) String source,
                    @RequestParam(defaultValue = "false") boolean active, Model model, RedirectAttributes redirect) {
        try {
            Integer euros;
            try {
                euros = referenceAmount == null || referenceAmount.isBlank() ? null
                        : Integer.valueOf(referenceAmount.strip().replace(".", ""));
            } catch (NumberFormatException e) {
                throw new EvaluationException("referenceAmount", "avoidedCost.amountRange");
            }
            avoidedCosts.saveKind(id, version, nameNl, nameEn, euros, source, id == null || active);
        } catch (EvaluationException | ObjectOptimisticLockingFailureException e) {
            Map<String, String> typed = new LinkedHashMap<>();
            typed.put("nameNl", nameNl == null ? "" : nameNl);
            typed.put("nameEn", nameEn == null ? "" : nameEn);
            typed.put("referenceAmount", referenceAmount == null ? "" : referenceAmount);
            typed.put("source", source == null ? "" : source);
            model.addAttribute("failedId", id == null ? 0L : id);
            model.addAttribute("typed", typed);
            model.addAttribute("errorField", e instanceof EvaluationException ee ? ee.field() : null);
            model.addAttribute("errorKey", e instanceof EvaluationException ee ? ee.messageKey() : "avoidedCostKind.conflict");
            return kinds(model);
        }
        redirect.addFlashAttribute("flash", "avoidedCostKind.savedFlash");
        return "redirect:/admin/avoided-costs";
    }
}
