package nl.waakvlam.measurement;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/instruments}: the administrator switches instruments on or off for this deployment. */
@Controller
class InstrumentAdminController {

    private final MeasurementSettings settings;
    private final InstrumentCatalogue catalogue;

    InstrumentAdminController(MeasurementSettings settings, InstrumentCatalogue catalogue) {
        this.settings = settings;
        this.catalogue = catalogue;
    }

    @GetMapping("/admin/instruments")
    String list(Model model) {
        model.addAttribute("instruments", catalogue.instruments());
        return "measurement/admin-instruments";
    }

    @PostMapping("/admin/instruments/{id}")
    String switchInstrument(@PathVariable Long id, @RequestParam boolean enabled, @RequestParam long version,
                            RedirectAttributes redirect) {
        try {
            settings.switchInstrument(id, enabled, version);
            redirect.addFlashAttribute("flash", enabled ? "instruments.switchedOn" : "instruments.switchedOff");
        } catch (ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("flashError", "instruments.conflict");
        }
        return "redirect:/admin/instruments";
    }
}
