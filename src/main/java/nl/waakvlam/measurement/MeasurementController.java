package nl.waakvlam.measurement;

import jakarta.validation.Valid;
import nl.waakvlam.client.ClientHeader;
import nl.waakvlam.measurement.InstrumentCatalogue.InstrumentView;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.shared.NotFoundException;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Entering a measurement moment on the client file ({@code /clients/{id}/measurements/new}): all
 * switched-on single-question instruments on one phone-sized form, or the matrix on its own form
 * ({@code ?matrix=id}).
 */
@Controller
class MeasurementController {

    private final MeasurementService measurements;
    private final InstrumentCatalogue catalogue;
    private final Clock clock;

    MeasurementController(MeasurementService measurements, InstrumentCatalogue catalogue, Clock clock) {
        this.measurements = measurements;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @GetMapping("/clients/{id}/measurements/new")
    String form(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id,
                @RequestParam(required = false) Long matrix, Model model) {
        ClientHeader client = measurements.clientForEntry(coach, id);
        MeasurementForm form = new MeasurementForm();
        form.setMeasuredOn(LocalDate.now(clock));
        form.setMoment(measurements.suggestedMoment(id));
        form.setMatrixId(matrix);
        return show(client, form, model);
    }

    @PostMapping("/clients/{id}/measurements/new")
    String record(@AuthenticationPrincipal CurrentUser coach, @PathVariable Long id,
                  @Valid @ModelAttribute("form") MeasurementForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                measurements.record(coach, id, form);
                redirect.addFlashAttribute("flash", "measurement.savedFlash");
                return "redirect:/clients/" + id + "#measurements";
            } catch (MeasurementException e) {
                if (e.field() != null) {
                    result.rejectValue(e.field(), e.messageKey());
                } else {
                    result.reject(e.messageKey());
                }
            }
        }
        return show(measurements.clientForEntry(coach, id), form, model);
    }

    private String show(ClientHeader client, MeasurementForm form, Model model) {
        InstrumentView matrix = null;
        if (form.getMatrixId() != null) {
            matrix = catalogue.byId(form.getMatrixId());
            if (matrix == null || !matrix.matrix() || !matrix.enabled()) {
                throw new NotFoundException("instrument");
            }
        }
        List<InstrumentView> single = catalogue.enabled().stream().filter(i -> !i.matrix()).toList();
        model.addAttribute("client", client);
        model.addAttribute("form", form);
        model.addAttribute("matrix", matrix);
        model.addAttribute("instruments", single);
        model.addAttribute("moments", List.of(MeasurementMoment.START, MeasurementMoment.PERIODIC, MeasurementMoment.MID,
                MeasurementMoment.END));
        LocalDate today = LocalDate.now(clock);
        // rounds open now, and the most recent closed one for late entries
        model.addAttribute("rounds", catalogue.rounds().stream().filter(r -> !r.opensOn().isAfter(today)).limit(3).toList());
        model.addAttribute("today", today);
        return "measurement/form";
    }
}
