package nl.waakvlam.measurement;

import jakarta.validation.Valid;
import nl.waakvlam.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;

/** {@code /dashboard/rounds}: the project leader's monitoring rounds (name and window) and their progress. */
@Controller
class MonitoringRoundController {

    private final MeasurementSettings settings;
    private final InstrumentCatalogue catalogue;
    private final Clock clock;

    MonitoringRoundController(MeasurementSettings settings, InstrumentCatalogue catalogue, Clock clock) {
        this.settings = settings;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @GetMapping("/dashboard/rounds")
    String rounds(Model model) {
        return show(new RoundForm(), model);
    }

    @PostMapping("/dashboard/rounds")
    String add(@AuthenticationPrincipal CurrentUser leader, @Valid @ModelAttribute("form") RoundForm form,
               BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                settings.addRound(leader, form);
                redirect.addFlashAttribute("flash", "round.addedFlash");
                return "redirect:/dashboard/rounds";
            } catch (MeasurementException e) {
                result.rejectValue(e.field(), e.messageKey());
            }
        }
        return show(form, model);
    }

    private String show(RoundForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("rounds", catalogue.rounds());
        model.addAttribute("progress", settings.roundProgress());
        model.addAttribute("today", LocalDate.now(clock));
        return "measurement/rounds";
    }
}
