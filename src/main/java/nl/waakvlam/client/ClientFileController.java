package nl.waakvlam.client;

import jakarta.validation.Valid;
import nl.waakvlam.reference.ReferenceData;
import nl.waakvlam.security.AccountService;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.shared.NotFoundException;
import nl.waakvlam.security.Role;
import nl.waakvlam.shared.Text;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /clients/{id}}: the client file, at the level the visibility policy grants, and the
 * lifecycle actions on it (phase change, end, reopen; change of coach and cover).
 */
@Controller
class ClientFileController {

    private final ClientQueries queries;
    private final ClientTimeline timeline;
    private final ObjectProvider<ClientFileSection> sections;
    private final LifecycleService lifecycle;
    private final AccountService accounts;
    private final ReferenceData referenceData;
    private final AccessForNeed accessForNeed;
    private final Clock clock;
    private final TransactionTemplate readOnly;
    private final EndPlanRepository endPlans;

    ClientFileController(ClientQueries queries, ClientTimeline timeline,
                         ObjectProvider<ClientFileSection> sections,
                         LifecycleService lifecycle, AccountService accounts, ReferenceData referenceData,
                         AccessForNeed accessForNeed, Clock clock, PlatformTransactionManager transactions,
                         EndPlanRepository endPlans) {
        this.endPlans = endPlans;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.accessForNeed = accessForNeed;
        this.sections = sections;
        this.queries = queries;
        this.timeline = timeline;
        this.lifecycle = lifecycle;
        this.accounts = accounts;
        this.referenceData = referenceData;
        this.clock = clock;
    }

    @GetMapping("/clients/{id}")
    String file(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
                @RequestParam(required = false) String type, @RequestParam(required = false) String outcome,
                @RequestParam(required = false) Long domain, @RequestParam(required = false) Instant before,
                Model model) {
        model.addAttribute("filter", new TimelineFilter(Text.blankToNull(type), Text.blankToNull(outcome), domain));
        model.addAttribute("before", before);
        return show(user, id, null, null, null, model);
    }

    @PostMapping("/clients/{id}/rhythm")
    String agreeRhythm(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
                       @Valid @ModelAttribute("rhythmForm") RhythmForm form, BindingResult result, Model model,
                       RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                lifecycle.agreeRhythm(user, id, form.getVersion(), form.isUseDefault() ? null : form.getDays(),
                        form.getReason());
                redirect.addFlashAttribute("flash", "rhythm.savedFlash");
                return "redirect:/clients/" + id;
            } catch (LifecycleException e) {
                LocalisedErrors.reject(result, e);
            }
        }
        model.addAttribute("rhythmForm", form);
        return show(user, id, null, null, null, model);
    }


    @PostMapping("/clients/{id}/phase")
    String changePhase(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
                       @Valid @ModelAttribute("phaseForm") ClientFileForms.PhaseForm form, BindingResult result,
                       Model model, RedirectAttributes redirect) {
        if (form.getTarget() == Phase.ENDED) {
            if (!referenceData.isActiveEndReason(form.getEndReason())) {
                result.rejectValue("endReason", "lifecycle.endReasonRequired");
            }
            if (form.getAftercare() == null || form.getAftercare().isBlank()) {
                result.rejectValue("aftercare", "lifecycle.aftercareRequired");
            }
        } else if (form.getTarget() != null && (form.getReason() == null || form.getReason().isBlank())) {
            result.rejectValue("reason", "lifecycle.reasonRequired");
        }
        if (!result.hasErrors()) {
            try {
                lifecycle.changePhase(user, id, form.getVersion(), form.getTarget(), form.getOn(), form.getReason(),
                        form.getEndReason(), form.getAftercare(), form.isEndWithoutPlan());
                redirect.addFlashAttribute("flash", "clientFile.phaseChangedFlash");
                return "redirect:/clients/" + id;
            } catch (LifecycleException e) {
                LocalisedErrors.reject(result, e);
            }
        }
        return show(user, id, form, null, null, model);
    }

    /** The end plan ("borging"), written before the end by the coach or the project leader. */
    @PostMapping("/clients/{id}/end-plan")
    String writeEndPlan(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
                        @Valid @ModelAttribute("endPlanForm") ClientFileForms.EndPlanForm form, BindingResult result,
                        Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                lifecycle.writeEndPlan(user, id, form.getVersion(), form.getTurnTo(), form.getAgreements(),
                        form.isThreeMonths(), form.isSixMonths());
                redirect.addFlashAttribute("flash", "endPlan.savedFlash");
                return "redirect:/clients/" + id + "#end-plan";
            } catch (LifecycleException e) {
                LocalisedErrors.reject(result, e);
            }
        }
        return show(user, id, null, null, null, model);
    }

    /** A check-in three or six months after the end, done (from the coach's today list or the file). */
    @PostMapping("/clients/{id}/end-plan/check-in")
    String checkedIn(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam int months,
                     RedirectAttributes redirect) {
        if (months != 3 && months != 6) {
            throw new NotFoundException("check-in");
        }
        try {
            lifecycle.checkedIn(user, id, months);
            redirect.addFlashAttribute("flash", "endPlan.checkedInFlash");
        } catch (LifecycleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/caseload";
    }

    @PostMapping("/clients/{id}/coach")
    String changeCoach(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
                       @Valid @ModelAttribute("coachForm") ClientFileForms.CoachChangeForm form, BindingResult result,
                       Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                lifecycle.changeCoach(user, id, form.getVersion(), form.getCoachId(), form.getHandoverNote());
                redirect.addFlashAttribute("flash", "clientFile.coachChangedFlash");
                return "redirect:/clients/" + id;
            } catch (LifecycleException e) {
                LocalisedErrors.reject(result, e);
            }
        }
        return show(user, id, null, form, null, model);
    }

    @PostMapping("/clients/{id}/cover")
    String changeCover(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
                       @ModelAttribute("coverForm") ClientFileForms.CoverForm form, BindingResult result, Model model,
                       RedirectAttributes redirect) {
        try {
            lifecycle.changeCover(user, id, form.getVersion(), form.getCoverCoachId());
            redirect.addFlashAttribute("flash", "clientFile.coverChangedFlash");
            return "redirect:/clients/" + id;
        } catch (LifecycleException e) {
            LocalisedErrors.reject(result, e);
        }
        return show(user, id, null, null, form, model);
    }

    private String show(CurrentUser user, Long id, ClientFileForms.PhaseForm phaseForm,
                        ClientFileForms.CoachChangeForm coachForm, ClientFileForms.CoverForm coverForm, Model model) {
        // the read of the file and its audit record, in a transaction of their own
        FileView view = queries.open(user, id);
        ClientFile file = view.file();
        model.addAttribute("file", file);
        // Everything else on the page only reads: one read-only transaction for all sections, instead
        // of one per section and timeline source, each with its own commit.
        readOnly.executeWithoutResult(status -> addSections(user, view, model));
        if (!model.containsAttribute("rhythmForm")) {
            RhythmForm rhythmForm = new RhythmForm();
            rhythmForm.setVersion(file.version());
            rhythmForm.setUseDefault(file.rhythm() == null || !file.rhythm().custom());
            rhythmForm.setDays(file.rhythm() == null ? null : file.rhythm().days());
            model.addAttribute("rhythmForm", rhythmForm);
        }
        // A re-shown form keeps the version it was based on, so a stale edit still meets the conflict check.
        if (phaseForm == null) {
            phaseForm = new ClientFileForms.PhaseForm();
            phaseForm.setOn(LocalDate.now(clock));
            phaseForm.setVersion(file.version());
            // ending with a plan: who the client can turn to is already written there
            if (model.getAttribute("endPlan") instanceof EndPlan.View plan) {
                phaseForm.setAftercare(plan.turnTo());
            }
        }
        model.addAttribute("phaseForm", phaseForm);
        if (user.is(Role.PROJECT_LEADER)) {
            if (coachForm == null) {
                coachForm = new ClientFileForms.CoachChangeForm();
                coachForm.setVersion(file.version());
            }
            if (coverForm == null) {
                coverForm = new ClientFileForms.CoverForm();
                coverForm.setCoverCoachId(file.coverCoach() == null ? null : file.coverCoach().id());
                coverForm.setVersion(file.version());
            }
            model.addAttribute("coachForm", coachForm);
            model.addAttribute("coverForm", coverForm);
        }
        return "client/file";
    }

    private void addSections(CurrentUser user, FileView view, Model model) {
        ClientFile file = view.file();
        model.addAttribute("today", LocalDate.now(clock));
        if (file.access() != ClientAccess.REFERRER && file.access() != null) {
            EndPlan.View plan = endPlans.findById(file.id()).map(p -> p.view(file.endedOn())).orElse(null);
            model.addAttribute("endPlan", plan);
            if (!model.containsAttribute("endPlanForm")) {
                model.addAttribute("endPlanForm", ClientFileForms.EndPlanForm.of(plan));
            }
        }
        TimelineFilter filter = (TimelineFilter) model.getAttribute("filter");
        if (filter == null) {
            filter = new TimelineFilter(null, null, null);
            model.addAttribute("filter", filter);
        }
        if (file.access() != ClientAccess.REFERRER) {
            // while an access for need holds, everyone who works on the file sees it
            model.addAttribute("accessForNeed", accessForNeed.current(view).orElse(null));
            model.addAttribute("timeline", timeline.page(view, filter, (Instant) model.getAttribute("before")));
            List<String> filterFragments = new ArrayList<>();
            for (TimelineSource source : timeline.sources()) {
                if (source.filterFragment() != null) {
                    filterFragments.add(source.filterFragment());
                    model.addAllAttributes(source.filterModel());
                }
            }
            model.addAttribute("timelineFilters", filterFragments);
        }
        Map<String, List<ClientFileSection.Rendered>> slots = new HashMap<>();
        Map<ClientFileSection.Nav, Integer> counts = new EnumMap<>(ClientFileSection.Nav.class);
        for (PlacedSection placed : placedSections()) {
            Object data = placed.section().data(view);
            if (data != null) {
                ClientFileSection.Nav nav = placed.nav();
                String anchor = null;
                if (nav != null && nav != ClientFileSection.Nav.DETAILS && !counts.containsKey(nav)) {
                    anchor = nav.anchor();
                }
                if (nav != null) {
                    counts.merge(nav, data instanceof ClientFileSection.Counted c ? c.navCount() : 0, Integer::sum);
                }
                slots.computeIfAbsent(placed.slot(), slot -> new ArrayList<>())
                        .add(new ClientFileSection.Rendered(placed.fragment(), data, anchor));
            }
        }
        model.addAttribute("fileNav", navigation(file, counts));
        model.addAttribute("sectionsTop", slots.getOrDefault("top", List.of()));
        model.addAttribute("sectionsSide", slots.getOrDefault("side", List.of()));
        model.addAttribute("sectionsMain", slots.getOrDefault("main", List.of()));
        model.addAttribute("sectionsDetails", slots.getOrDefault("details", List.of()));
        model.addAttribute("endReasons", referenceData.endReasons());
        if (user.is(Role.PROJECT_LEADER)) {
            model.addAttribute("coaches", accounts.withRole(Role.COACH));
        }
    }

    private static final List<String> SLOTS_ON_A_PHONE = List.of("top", "main", "details", "side");

    /** A section with where it goes, read from it once: the sections are often transactional services. */
    private record PlacedSection(ClientFileSection section, String slot, int order, ClientFileSection.Nav nav,
                                 String fragment) {
    }

    private volatile List<PlacedSection> placedSections;

    /**
     * The sections in the order a phone shows them, so that each part's anchor sits on its first
     * section. Their place never changes, so it is worked out on the first file shown: asked per
     * request, every call on a section's proxy began and ended a transaction of its own.
     */
    private List<PlacedSection> placedSections() {
        List<PlacedSection> placed = placedSections;
        if (placed == null) {
            placed = sections.orderedStream()
                    .map(s -> new PlacedSection(s, s.slot(), s.order(), s.nav(), s.fragment()))
                    .sorted(Comparator.comparingInt((PlacedSection s) -> SLOTS_ON_A_PHONE.indexOf(s.slot()))
                            .thenComparingInt(PlacedSection::order))
                    .toList();
            placedSections = placed;
        }
        return placed;
    }

    /**
     * The file's navigation: the timeline for those who see it, the parts other modules
     * contributed, and the details, which every viewer has.
     */
    private static List<ClientFileSection.NavItem> navigation(ClientFile file,
                                                              Map<ClientFileSection.Nav, Integer> counts) {
        List<ClientFileSection.NavItem> items = new ArrayList<>();
        for (ClientFileSection.Nav nav : ClientFileSection.Nav.values()) {
            boolean shown = switch (nav) {
                case TIMELINE -> file.access() != ClientAccess.REFERRER;
                case DETAILS -> true;
                default -> counts.containsKey(nav);
            };
            if (shown) {
                Integer count = counts.get(nav);
                items.add(new ClientFileSection.NavItem(nav, nav.anchor(),
                        nav == ClientFileSection.Nav.DETAILS || count == null || count == 0 ? null : count));
            }
        }
        return items;
    }
}
