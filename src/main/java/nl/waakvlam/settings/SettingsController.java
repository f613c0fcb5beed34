package nl.waakvlam.settings;

import jakarta.validation.Valid;
import nl.waakvlam.reference.ReferenceItem;
import nl.waakvlam.reference.ReferenceList;
import nl.waakvlam.reference.ReferenceListException;
import nl.waakvlam.reference.ReferenceLists;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * {@code /admin/settings}: the programme settings and the reference lists (tracks, life domains, end
 * and decline reasons) for the administrator. Every change is one POST that redirects back to its
 * section; a refused name comes back next to its own item with what was typed, a stale form meets the
 * conflict page.
 */
@Controller
class SettingsController {

    static final int CHANGES_SHOWN = 15;

    private final SettingsAdministration administration;
    private final ProgrammeSettings settings;
    private final ReferenceLists lists;
    private final MessageSource messages;

    SettingsController(SettingsAdministration administration, ProgrammeSettings settings, ReferenceLists lists,
                       MessageSource messages) {
        this.administration = administration;
        this.settings = settings;
        this.lists = lists;
        this.messages = messages;
    }

    @GetMapping("/admin/settings")
    String page(Locale locale, Model model) {
        return show(ProgrammeForm.of(settings.current(), administration.programmeVersion()), null, locale, model);
    }

    @PostMapping("/admin/settings/second-factor")
    String saveSecondFactor(@AuthenticationPrincipal CurrentUser admin, @RequestParam long version,
                            @RequestParam(defaultValue = "false") boolean required, RedirectAttributes redirect) {
        boolean changed = administration.requireSecondFactor(admin, version, required);
        redirect.addFlashAttribute("flash", changed ? "settings.programme.saved" : "settings.unchanged");
        return "redirect:/admin/settings#second-factor";
    }

    @PostMapping("/admin/settings/programme")
    String saveProgramme(@AuthenticationPrincipal CurrentUser admin,
                         @Valid @ModelAttribute("programmeForm") ProgrammeForm form, BindingResult result,
                         Locale locale, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return show(form, null, locale, model);
        }
        int changed = administration.updateProgramme(admin, form.getVersion(), form.toCommand());
        redirect.addFlashAttribute("flash", changed == 0 ? "settings.unchanged" : "settings.programme.saved");
        return "redirect:/admin/settings#programme";
    }

    @PostMapping("/admin/settings/{list}/add")
    String add(@AuthenticationPrincipal CurrentUser admin, @PathVariable("list") String slug,
               @Valid @ModelAttribute("itemForm") ItemForm form, BindingResult result, Locale locale, Model model,
               RedirectAttributes redirect) {
        ReferenceList list = list(slug);
        if (!result.hasErrors()) {
            try {
                administration.addItem(admin, list, form.getNameNl(), form.getNameEn(),
                        list == ReferenceList.TRACKS && form.isYouth());
                redirect.addFlashAttribute("flash", "settings.list.added");
                return "redirect:/admin/settings#" + list.slug();
            } catch (ReferenceListException e) {
                reject(result, e);
            }
        }
        return show(currentProgrammeForm(), edit(list, null, form, result, locale), locale, model);
    }

    @PostMapping("/admin/settings/{list}/{itemId}/rename")
    String rename(@AuthenticationPrincipal CurrentUser admin, @PathVariable("list") String slug,
                  @PathVariable Long itemId, @Valid @ModelAttribute("itemForm") ItemForm form, BindingResult result,
                  Locale locale, Model model, RedirectAttributes redirect) {
        ReferenceList list = list(slug);
        if (!result.hasErrors()) {
            try {
                boolean changed = !administration.renameItem(admin, list, itemId, form.getVersion(),
                        form.getNameNl(), form.getNameEn()).fields().isEmpty();
                redirect.addFlashAttribute("flash", changed ? "settings.list.renamed" : "settings.unchanged");
                return "redirect:/admin/settings#" + list.slug() + "-" + itemId;
            } catch (ReferenceListException e) {
                reject(result, e);
            }
        }
        return show(currentProgrammeForm(), edit(list, itemId, form, result, locale), locale, model);
    }

    @PostMapping("/admin/settings/{list}/{itemId}/move")
    String move(@AuthenticationPrincipal CurrentUser admin, @PathVariable("list") String slug,
                @PathVariable Long itemId, @RequestParam long version, @RequestParam boolean up,
                RedirectAttributes redirect) {
        ReferenceList list = list(slug);
        administration.moveItem(admin, list, itemId, version, up);
        redirect.addFlashAttribute("flash", "settings.list.moved");
        return "redirect:/admin/settings#" + list.slug() + "-" + itemId;
    }

    @PostMapping("/admin/settings/{list}/{itemId}/active")
    String setActive(@AuthenticationPrincipal CurrentUser admin, @PathVariable("list") String slug,
                     @PathVariable Long itemId, @RequestParam long version, @RequestParam boolean active,
                     RedirectAttributes redirect) {
        ReferenceList list = list(slug);
        try {
            administration.setItemActive(admin, list, itemId, version, active);
            redirect.addFlashAttribute("flash", active ? "settings.list.reactivated" : "settings.list.deactivated");
        } catch (ReferenceListException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/admin/settings#" + list.slug() + "-" + itemId;
    }

    private static ReferenceList list(String slug) {
        ReferenceList list = ReferenceList.ofSlug(slug);
        if (list == null) {
            throw new NotFoundException("list");
        }
        return list;
    }

    private ProgrammeForm currentProgrammeForm() {
        return ProgrammeForm.of(settings.current(), administration.programmeVersion());
    }

    private static void reject(BindingResult result, ReferenceListException e) {
        if (e.field() != null) {
            result.rejectValue(e.field(), e.messageKey());
        } else {
            result.reject(e.messageKey());
        }
    }

    /** The refused add or rename, to be shown on its own item with what was typed and why. */
    private ItemEdit edit(ReferenceList list, Long itemId, ItemForm form, BindingResult result, Locale locale) {
        FieldError nl = result.getFieldError("nameNl");
        FieldError en = result.getFieldError("nameEn");
        String other = result.getErrorCount() > (nl == null ? 0 : 1) + (en == null ? 0 : 1)
                ? messages.getMessage("settings.list.notSaved", null, locale) : null;
        return new ItemEdit(list, itemId, form.getNameNl(), form.getNameEn(), form.isYouth(),
                nl == null ? null : messages.getMessage(nl, locale),
                en == null ? null : messages.getMessage(en, locale),
                other);
    }

    private String show(ProgrammeForm form, ItemEdit edit, Locale locale, Model model) {
        Map<ReferenceList, List<ReferenceItem>> all = lists.all();
        model.addAttribute("programmeForm", form);
        model.addAttribute("defaults", settings.defaults());
        model.addAttribute("phases", CoachedPhase.values());
        model.addAttribute("listKinds", ReferenceList.values());
        model.addAttribute("lists", all);
        model.addAttribute("edit", edit);
        model.addAttribute("changes", changes(all, locale));
        model.addAttribute("changesShown", CHANGES_SHOWN);
        model.addAttribute("secondFactorRequired", settings.secondFactorForCoachesAndReferrers());
        model.addAttribute("secondFactorDefault", settings.secondFactorDefault());
        model.addAttribute("programmeVersion", administration.programmeVersion());
        return "settings/settings";
    }

    /** The latest changes, each naming its item by the item's current name. */
    private List<ChangeView> changes(Map<ReferenceList, List<ReferenceItem>> all, Locale locale) {
        Map<String, String> names = new HashMap<>();
        all.forEach((list, items) -> items.forEach(item -> names.put(list.entity() + ":" + item.id(),
                item.name(locale))));
        return administration.latestChanges(CHANGES_SHOWN).stream()
                .map(c -> new ChangeView(c.changedAt(), c.username(), c.entity(),
                        names.get(c.entity() + ":" + c.entityId()), c.field(), c.oldValue(), c.newValue()))
                .toList();
    }

    /** A refused add ({@code itemId} null) or rename, with what was typed and the messages to show. */
    public record ItemEdit(ReferenceList list, Long itemId, String nameNl, String nameEn, boolean youth,
                           String nameNlError, String nameEnError, String error) {

        public boolean isFor(ReferenceList candidate, Long id) {
            return list == candidate && Objects.equals(itemId, id);
        }

        /** Where the refused form sits on the page. */
        public String anchor() {
            return itemId == null ? list.slug() + "-add" : list.slug() + "-" + itemId;
        }
    }

    /** One line of the change log: when, who, which item (null for the programme), which field, old → new. */
    public record ChangeView(Instant changedAt, String username, String entity, String subject, String field,
                             String oldValue, String newValue) {

        /** Yes/no fields ({@code active}, {@code youth}) show their values as words. */
        public boolean yesNo() {
            return "active".equals(field) || "youth".equals(field);
        }

        /** The label of the field; a rhythm or weight label takes the phase as its argument. */
        public String fieldKey() {
            if (field.startsWith("rhythm_days_")) {
                return "settings.field.rhythm";
            }
            return field.startsWith("weight_") ? "settings.field.weight" : "settings.field." + field;
        }

        /** The phase of a rhythm or weight field ({@code SCALING_DOWN}), else null. */
        public String phase() {
            String suffix = field.startsWith("rhythm_days_") ? field.substring("rhythm_days_".length())
                    : field.startsWith("weight_") ? field.substring("weight_".length()) : null;
            return suffix == null ? null : suffix.toUpperCase(Locale.ROOT);
        }
    }
}
