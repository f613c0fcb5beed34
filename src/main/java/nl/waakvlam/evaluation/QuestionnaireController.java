package nl.waakvlam.evaluation;

import nl.waakvlam.client.ClientHeader;
import nl.waakvlam.security.CurrentUser;
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

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Answering a monitoring round's questionnaire: {@code /vragenlijst/{round}} for a referrer or coach
 * themselves (from the inbox item), {@code /clients/{id}/vragenlijst/{round}} for the coach with the
 * client (from the today list or the file); {@code /dashboard/rounds/{round}/questionnaires} for the
 * project leader: which questionnaires the round carries, who still has to answer, and the answers
 * given in words.
 */
@Controller
class QuestionnaireController {

    private final Questionnaires questionnaires;

    QuestionnaireController(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    @GetMapping("/vragenlijst/{roundId}")
    String own(@AuthenticationPrincipal CurrentUser user, @PathVariable Long roundId, Model model) {
        if (questionnaires.answered(user, roundId)) {
            model.addAttribute("round", questionnaires.round(roundId));
            return "evaluation/answered";
        }
        return showOwn(user, roundId, new QuestionnaireForm(), model);
    }

    @PostMapping("/vragenlijst/{roundId}")
    String answerOwn(@AuthenticationPrincipal CurrentUser user, @PathVariable Long roundId,
                     @ModelAttribute("form") QuestionnaireForm form, BindingResult result, Model model,
                     RedirectAttributes redirect) {
        if (questionnaires.answered(user, roundId)) {
            // sent twice (a double tap, the back button): the first one counts
            return "redirect:/vragenlijst/" + roundId;
        }
        Questionnaires.OpenQuestionnaire open = questionnaires.openFor(user, roundId);
        // a value that does not bind (hostile input) shows the form again, as a wrong answer does
        if (QuestionnaireForm.reject(questionnaires.problems(open.audience(), form.getAnswers()), result)
                || result.hasErrors()) {
            return showOwn(user, roundId, form, model);
        }
        try {
            questionnaires.answerOwn(user, roundId, form.getAnswers());
        } catch (EvaluationException e) {
            result.reject(e.messageKey());
            return showOwn(user, roundId, form, model);
        }
        redirect.addFlashAttribute("flash", "questionnaire.thanks");
        return "redirect:/vragenlijst/" + roundId;
    }

    private String showOwn(CurrentUser user, Long roundId, QuestionnaireForm form, Model model) {
        Questionnaires.OpenQuestionnaire open = questionnaires.openFor(user, roundId);
        model.addAttribute("open", open);
        model.addAttribute("questions", questionnaires.questions(open.audience()));
        model.addAttribute("form", form);
        model.addAttribute("action", "/vragenlijst/" + roundId);
        model.addAttribute("cancel", "/inbox");
        return "evaluation/questionnaire";
    }

    @GetMapping("/clients/{id}/vragenlijst/{roundId}")
    String withClient(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id, @PathVariable Long roundId,
                      Model model) {
        return showWithClient(coach, id, roundId, new QuestionnaireForm(), model);
    }

    @PostMapping("/clients/{id}/vragenlijst/{roundId}")
    String answerWithClient(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id,
                            @PathVariable Long roundId, @ModelAttribute("form") QuestionnaireForm form,
                            BindingResult result, Model model, RedirectAttributes redirect) {
        questionnaires.clientForEntry(coach, id);
        if (questionnaires.answeredForClient(id, roundId)) {
            // sent twice, or the client answered on Mijn Waakvlam meanwhile: the first answers count
            redirect.addFlashAttribute("flash", "questionnaire.alreadyAnsweredForClient");
            return "redirect:/clients/" + id;
        }
        if (QuestionnaireForm.reject(questionnaires.problems(Audience.CLIENT, form.getAnswers()), result)
                || result.hasErrors()) {
            return showWithClient(coach, id, roundId, form, model);
        }
        try {
            questionnaires.answerWithClient(coach, id, roundId, form.getAnswers());
        } catch (EvaluationException e) {
            result.reject(e.messageKey());
            return showWithClient(coach, id, roundId, form, model);
        }
        redirect.addFlashAttribute("flash", "questionnaire.savedWithClient");
        return "redirect:/clients/" + id;
    }

    private String showWithClient(CurrentUser coach, Long id, Long roundId, QuestionnaireForm form, Model model) {
        ClientHeader client = questionnaires.clientForEntry(coach, id);
        model.addAttribute("client", client);
        model.addAttribute("open", questionnaires.openForClient(id, roundId));
        model.addAttribute("questions", questionnaires.questions(Audience.CLIENT));
        model.addAttribute("form", form);
        model.addAttribute("action", "/clients/" + id + "/vragenlijst/" + roundId);
        model.addAttribute("cancel", "/clients/" + id);
        return "evaluation/questionnaire";
    }

    @GetMapping("/dashboard/rounds/{roundId}/questionnaires")
    String round(@PathVariable Long roundId, Model model) {
        return showRound(roundId, questionnaires.carried(roundId), null, model);
    }

    @PostMapping("/dashboard/rounds/{roundId}/questionnaires")
    String carry(@PathVariable Long roundId, @RequestParam(required = false) List<Audience> audiences, Model model,
                 RedirectAttributes redirect) {
        Set<Audience> chosen = audiences == null || audiences.isEmpty() ? EnumSet.noneOf(Audience.class)
                : EnumSet.copyOf(audiences);
        try {
            questionnaires.carry(roundId, chosen);
        } catch (EvaluationException e) {
            return showRound(roundId, chosen, e.messageKey(), model);
        }
        redirect.addFlashAttribute("flash", "questionnaire.roundSaved");
        return "redirect:/dashboard/rounds/" + roundId + "/questionnaires";
    }

    private String showRound(Long roundId, Set<Audience> carried, String error, Model model) {
        model.addAttribute("round", questionnaires.round(roundId));
        model.addAttribute("carried", carried);
        model.addAttribute("error", error);
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("referrers", questionnaires.expected(roundId, Audience.REFERRER));
        model.addAttribute("coaches", questionnaires.expected(roundId, Audience.COACH));
        model.addAttribute("clients", questionnaires.clientsPerCoach(roundId));
        model.addAttribute("texts", questionnaires.textAnswers(roundId));
        return "evaluation/round";
    }
}
