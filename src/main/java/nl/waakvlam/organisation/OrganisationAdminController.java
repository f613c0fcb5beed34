package nl.waakvlam.organisation;

import jakarta.validation.Valid;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The sociale kaart for the administrator ({@code /admin/organisations}): search, add, edit,
 * (de)activate, departments, and merging a duplicate. Only counts of references are ever shown,
 * never what the records say.
 */
@Controller
class OrganisationAdminController {

    static final int PAGE_SIZE = 25;
    static final String BASE = "/admin/organisations";

    private final OrganisationService organisations;
    private final OrganisationAdministration administration;

    OrganisationAdminController(OrganisationService organisations, OrganisationAdministration administration) {
        this.organisations = organisations;
        this.administration = administration;
    }

    /** The list's status filter: active organisations unless asked otherwise. */
    enum StatusFilter {
        ACTIVE(true), INACTIVE(false), ALL(null);

        private final Boolean active;

        StatusFilter(Boolean active) {
            this.active = active;
        }

        static StatusFilter parse(String value) {
            for (StatusFilter filter : values()) {
                if (filter.name().equalsIgnoreCase(value)) {
                    return filter;
                }
            }
            return ACTIVE;
        }
    }

    @GetMapping(BASE)
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
                @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
                Model model) {
        StatusFilter statusFilter = StatusFilter.parse(status);
        OrganisationSearch search = new OrganisationSearch(SearchParameters.name(q), SearchParameters.type(type),
                statusFilter.active);
        Page<OrganisationSummary> result = organisations.search(search, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("organisations", result);
        model.addAttribute("departments", departmentsOf(result));
        model.addAttribute("search", search);
        model.addAttribute("status", statusFilter);
        model.addAttribute("statuses", StatusFilter.values());
        model.addAttribute("types", OrganisationType.values());
        return "organisation/admin-list";
    }

    private Map<Long, List<DepartmentSummary>> departmentsOf(Page<OrganisationSummary> page) {
        return organisations.departmentsOf(page.map(OrganisationSummary::id).toList()).stream()
                .collect(Collectors.groupingBy(DepartmentSummary::organisationId));
    }

    @GetMapping(BASE + "/new")
    String newOrganisation(Model model) {
        // no type chosen beforehand: a default is what a hurried administrator leaves standing
        model.addAttribute("organisationForm", new OrganisationForm());
        return showNew(model);
    }

    @PostMapping(BASE + "/new")
    String create(@Valid @ModelAttribute("organisationForm") OrganisationForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        List<String> departmentNames = form.departmentNames();
        if (departmentNames.size() > OrganisationForm.MAX_DEPARTMENTS
                || departmentNames.stream().anyMatch(name -> name.length() > 200)) {
            result.rejectValue("departments", "organisation.departmentsInvalid",
                    new Object[]{OrganisationForm.MAX_DEPARTMENTS}, null);
        }
        if (!result.hasErrors() && !form.isConfirmedNew()
                && organisations.findByNameIgnoringCase(form.getName()).isEmpty()) {
            List<OrganisationSummary> similar = organisations.all().stream()
                    .filter(o -> SimilarNames.alike(form.getName(), o.name())).toList();
            if (!similar.isEmpty()) {
                // probably already on the sociale kaart: show those first; a second submit creates it anyway
                model.addAttribute("similar", similar);
                form.setConfirmedNew(true);
                return showNew(model);
            }
        }
        if (!result.hasErrors()) {
            try {
                Long id = administration.create(form.toDetails(), departmentNames);
                redirect.addFlashAttribute("flash", "organisation.createdFlash");
                return "redirect:" + BASE + "/" + id;
            } catch (OrganisationException e) {
                reject(result, e);
            } catch (DataIntegrityViolationException nameTakenMeanwhile) {
                result.rejectValue("name", "organisation.nameTaken");
            }
        }
        return showNew(model);
    }

    private String showNew(Model model) {
        model.addAttribute("types", OrganisationType.values());
        return "organisation/admin-new";
    }

    @GetMapping(BASE + "/{id}")
    String edit(@PathVariable Long id, Model model) {
        OrganisationSummary organisation = organisations.get(id);
        model.addAttribute("organisationForm", OrganisationForm.from(organisation));
        return showEdit(organisation, model);
    }

    @PostMapping(BASE + "/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("organisationForm") OrganisationForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        OrganisationSummary organisation = organisations.get(id);
        if (!result.hasErrors()) {
            try {
                administration.update(id, form.getVersion(), form.toDetails());
                redirect.addFlashAttribute("flash", "organisation.savedFlash");
                return "redirect:" + BASE + "/" + id;
            } catch (OrganisationException e) {
                reject(result, e);
            } catch (DataIntegrityViolationException nameTakenMeanwhile) {
                result.rejectValue("name", "organisation.nameTaken");
            }
        }
        return showEdit(organisation, model);
    }

    @PostMapping(BASE + "/{id}/deactivate")
    String deactivate(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
        administration.deactivate(id, version);
        redirect.addFlashAttribute("flash", "organisation.deactivatedFlash");
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping(BASE + "/{id}/reactivate")
    String reactivate(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
        administration.reactivate(id, version);
        redirect.addFlashAttribute("flash", "organisation.reactivatedFlash");
        return "redirect:" + BASE + "/" + id;
    }

    // --- departments

    @PostMapping(BASE + "/{id}/departments")
    String addDepartment(@PathVariable Long id, @Valid @ModelAttribute("departmentForm") DepartmentForm departmentForm,
                         BindingResult result, Model model, RedirectAttributes redirect) {
        OrganisationSummary organisation = organisations.get(id);
        if (!result.hasErrors()) {
            try {
                administration.addDepartment(id, departmentForm.getName().strip());
                redirect.addFlashAttribute("flash", "department.addedFlash");
                return "redirect:" + BASE + "/" + id + "#departments";
            } catch (OrganisationException e) {
                reject(result, e);
            } catch (DataIntegrityViolationException nameTakenMeanwhile) {
                result.rejectValue("name", "department.nameTaken");
            }
        }
        model.addAttribute("organisationForm", OrganisationForm.from(organisation));
        return showEdit(organisation, model);
    }

    @PostMapping(BASE + "/{id}/departments/{departmentId}")
    String renameDepartment(@PathVariable Long id, @PathVariable Long departmentId,
                            @Valid @ModelAttribute("renameForm") DepartmentForm renameForm, BindingResult result,
                            Model model, RedirectAttributes redirect) {
        OrganisationSummary organisation = organisations.get(id);
        if (!result.hasErrors()) {
            try {
                administration.renameDepartment(id, departmentId, renameForm.getVersion(),
                        renameForm.getName().strip());
                redirect.addFlashAttribute("flash", "department.savedFlash");
                return "redirect:" + BASE + "/" + id + "#departments";
            } catch (OrganisationException e) {
                reject(result, e);
            } catch (DataIntegrityViolationException nameTakenMeanwhile) {
                result.rejectValue("name", "department.nameTaken");
            }
        }
        model.addAttribute("organisationForm", OrganisationForm.from(organisation));
        model.addAttribute("renameId", departmentId);
        return showEdit(organisation, model);
    }

    @PostMapping(BASE + "/{id}/departments/{departmentId}/active")
    String changeDepartmentActive(@PathVariable Long id, @PathVariable Long departmentId, @RequestParam long version,
                                  @RequestParam boolean active, RedirectAttributes redirect) {
        administration.changeDepartmentActive(id, departmentId, version, active);
        redirect.addFlashAttribute("flash", active ? "department.reactivatedFlash" : "department.deactivatedFlash");
        return "redirect:" + BASE + "/" + id + "#departments";
    }

    @PostMapping(BASE + "/{id}/departments/{departmentId}/remove")
    String removeDepartment(@PathVariable Long id, @PathVariable Long departmentId, Model model,
                            RedirectAttributes redirect) {
        OrganisationSummary organisation = organisations.get(id);
        try {
            administration.removeDepartment(id, departmentId);
            redirect.addFlashAttribute("flash", "department.removedFlash");
            return "redirect:" + BASE + "/" + id + "#departments";
        } catch (OrganisationException e) {
            model.addAttribute("departmentError", new DefaultMessageSourceResolvable(new String[]{e.messageKey()},
                    e.arguments()));
            model.addAttribute("organisationForm", OrganisationForm.from(organisation));
            return showEdit(organisation, model);
        }
    }

    private String showEdit(OrganisationSummary organisation, Model model) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("departments", organisations.departments(organisation.id()));
        if (!model.containsAttribute("departmentForm")) {
            model.addAttribute("departmentForm", new DepartmentForm());
        }
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("mergeCandidates", mergeCandidates(organisation.id()));
        return "organisation/admin-edit";
    }

    private List<OrganisationSummary> mergeCandidates(Long id) {
        return organisations.active().stream().filter(o -> !o.id().equals(id)).toList();
    }

    // --- merging a duplicate

    /** Without {@code into}: choose the organisation that remains; with it: what the merge will move. */
    @GetMapping(BASE + "/{id}/merge")
    String merge(@PathVariable Long id, @RequestParam(required = false) Long into, Model model) {
        OrganisationSummary duplicate = organisations.get(id);
        if (into != null) {
            try {
                model.addAttribute("preview", administration.preview(id, into));
            } catch (OrganisationException e) {
                model.addAttribute("mergeError", e.messageKey());
            }
        }
        return showMerge(duplicate, into, model);
    }

    @PostMapping(BASE + "/{id}/merge")
    String confirmMerge(@PathVariable Long id, @RequestParam Long into, @RequestParam long version,
                        @RequestParam long intoVersion, Model model, RedirectAttributes redirect) {
        OrganisationSummary duplicate = organisations.get(id);
        try {
            administration.merge(id, version, into, intoVersion);
        } catch (OrganisationException e) {
            model.addAttribute("mergeError", e.messageKey());
            return showMerge(duplicate, into, model);
        } catch (DataIntegrityViolationException referenceLeftBehind) {
            model.addAttribute("mergeError", "organisation.merge.failed");
            return showMerge(duplicate, into, model);
        }
        redirect.addFlashAttribute("flash", "organisation.mergedFlash");
        redirect.addFlashAttribute("flashArgs", new Object[]{duplicate.name()});
        return "redirect:" + BASE + "/" + into;
    }

    private String showMerge(OrganisationSummary duplicate, Long into, Model model) {
        model.addAttribute("duplicate", duplicate);
        model.addAttribute("into", into);
        model.addAttribute("mergeCandidates", mergeCandidates(duplicate.id()));
        return "organisation/admin-merge";
    }

    private static void reject(BindingResult result, OrganisationException e) {
        if (e.field() != null && result.getFieldType(e.field()) != null) {
            result.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
        } else {
            result.reject(e.messageKey(), e.arguments(), null);
        }
    }
}
