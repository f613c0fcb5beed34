package nl.waakvlam.retention;

import jakarta.validation.Valid;
import nl.waakvlam.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
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

/**
 * {@code /admin/retention}: the retention periods, what the next run would do (client numbers,
 * reasons and dates only — never content), and the erasure requests waiting for a second person.
 */
@Controller
class AdminRetentionController {

    static final int PAGE_SIZE = 25;

    private final RetentionService retention;
    private final ErasureService erasures;

    AdminRetentionController(RetentionService retention, ErasureService erasures) {
        this.retention = retention;
        this.erasures = erasures;
    }

    @GetMapping("/admin/retention")
    String page(@RequestParam(defaultValue = "0") int page, Model model) {
        fill(model, page, null, null);
        return "retention/admin-retention";
    }

    @PostMapping("/admin/retention/rules/{type}")
    String change(@AuthenticationPrincipal CurrentUser admin, @PathVariable RecordType type,
                  @Valid @ModelAttribute("ruleForm") RetentionRuleForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("years") && form.getYears() < type.minimumYears()) {
            errors.rejectValue("years", "retention.rule.years.minimum", new Object[]{type.minimumYears()}, null);
        }
        if (errors.hasErrors()) {
            fill(model, 0, type, form);
            return "retention/admin-retention";
        }
        retention.change(admin, type, form.getYears(), form.getVersion());
        redirect.addFlashAttribute("flash", "retention.rule.savedFlash");
        return "redirect:/admin/retention";
    }

    @PostMapping("/admin/retention/erasures/{id}/approve")
    String approve(@AuthenticationPrincipal CurrentUser admin, @PathVariable Long id, @RequestParam long version,
                   RedirectAttributes redirect) {
        try {
            erasures.approve(admin, id, version);
            redirect.addFlashAttribute("flash", "retention.erasure.approvedFlash");
        } catch (ErasureException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/admin/retention#erasures";
    }

    @PostMapping("/admin/retention/erasures/{id}/reject")
    String reject(@AuthenticationPrincipal CurrentUser admin, @PathVariable Long id, @RequestParam long version,
                  RedirectAttributes redirect) {
        try {
            erasures.reject(admin, id, version);
            redirect.addFlashAttribute("flash", "retention.erasure.rejectedFlash");
        } catch (ErasureException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/admin/retention#erasures";
    }

    private void fill(Model model, int page, RecordType failedType, RetentionRuleForm failedForm) {
        model.addAttribute("rules", retention.rules());
        model.addAttribute("failedType", failedType);
        model.addAttribute("ruleForm", failedForm == null ? new RetentionRuleForm() : failedForm);
        model.addAttribute("dryRun", retention.dryRun(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("lastRun", retention.lastRun());
        model.addAttribute("openErasures", erasures.open());
        model.addAttribute("decidedErasures", erasures.decided(PageRequest.of(0, 10)));
    }
}
