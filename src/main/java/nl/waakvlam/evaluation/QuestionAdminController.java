package nl.waakvlam.evaluation;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code /admin/questionnaires}: the wording of the monitor's questions, per audience, and new questions. */
@Controller
class QuestionAdminController {

    private final QuestionAdmin admin;

    QuestionAdminController(QuestionAdmin admin) {
        this.admin = admin;
    }

    @GetMapping("/admin/questionnaires")
    String list(Model model) {
        return show(model, null, null, Map.of());
    }

    @PostMapping("/admin/questionnaires/{id}")
    String word(@PathVariable Long id, @RequestParam long version, @RequestParam(required = false) String textNl,
                @RequestParam(required = false) String textEn, @RequestParam(required = false) String choicesNl,
                @RequestParam(required = false) String choicesEn, @RequestParam(defaultValue = "false") boolean active,
                Model model, RedirectAttributes redirect) {
        try {
            admin.word(id, version, textNl, textEn, choicesNl, choicesEn, active);
        } catch (EvaluationException e) {
            return show(model, id, e, typed(textNl, textEn, choicesNl, choicesEn));
        } catch (ObjectOptimisticLockingFailureException e) {
            return show(model, id, new EvaluationException(null, "questionAdmin.conflict"), typed(textNl, textEn, choicesNl,
                    choicesEn));
        }
        redirect.addFlashAttribute("flash", "questionAdmin.savedFlash");
        return "redirect:/admin/questionnaires#question-" + id;
    }

    @PostMapping("/admin/questionnaires")
    String add(@RequestParam(required = false) Audience audience, @RequestParam(required = false) QuestionKind kind,
               @RequestParam(required = false) Theme theme, @RequestParam(required = false) String textNl,
               @RequestParam(required = false) String textEn, @RequestParam(required = false) String choicesNl,
               @RequestParam(required = false) String choicesEn, Model model, RedirectAttributes redirect) {
        try {
            Long id = admin.add(audience, kind, theme, textNl, textEn, choicesNl, choicesEn);
            redirect.addFlashAttribute("flash", "questionAdmin.addedFlash");
            return "redirect:/admin/questionnaires#question-" + id;
        } catch (EvaluationException e) {
            Map<String, String> typed = typed(textNl, textEn, choicesNl, choicesEn);
            typed.put("audience", audience == null ? "" : audience.name());
            typed.put("kind", kind == null ? "" : kind.name());
            typed.put("theme", theme == null ? "" : theme.name());
            return show(model, 0L, e, typed);
        }
    }

    private static Map<String, String> typed(String textNl, String textEn, String choicesNl, String choicesEn) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("textNl", textNl == null ? "" : textNl);
        typed.put("textEn", textEn == null ? "" : textEn);
        typed.put("choicesNl", choicesNl == null ? "" : choicesNl);
        typed.put("choicesEn", choicesEn == null ? "" : choicesEn);
        return typed;
    }

    /** The page; {@code failedId} is the question whose form failed (0 for the new one) and shows what was typed. */
    private String show(Model model, Long failedId, EvaluationException error, Map<String, String> typed) {
        model.addAttribute("questions", admin.all());
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("kinds", QuestionKind.values());
        model.addAttribute("themes", Theme.values());
        model.addAttribute("failedId", failedId);
        model.addAttribute("errorField", error == null ? null : error.field());
        model.addAttribute("errorKey", error == null ? null : error.messageKey());
        model.addAttribute("typed", typed);
        return "evaluation/admin-questions";
    }
}
