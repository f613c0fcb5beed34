package nl.waakvlam.organisation;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /organisations}: the sociale kaart to look up for the coach and the project leader —
 * active organisations with their kind, departments and how to reach them. Read only.
 */
@Controller
class SocialMapController {

    private final OrganisationService organisations;

    SocialMapController(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/organisations")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
                @RequestParam(defaultValue = "0") int page, Model model) {
        OrganisationSearch search = OrganisationSearch.activeOnly(SearchParameters.name(q),
                SearchParameters.type(type));
        Page<OrganisationSummary> result = organisations.search(search,
                PageRequest.of(Math.max(page, 0), OrganisationAdminController.PAGE_SIZE));
        Map<Long, List<DepartmentSummary>> departments = organisations.departmentsOf(
                        result.map(OrganisationSummary::id).toList()).stream()
                .filter(DepartmentSummary::active)
                .collect(Collectors.groupingBy(DepartmentSummary::organisationId));
        model.addAttribute("organisations", result);
        model.addAttribute("departments", departments);
        model.addAttribute("search", search);
        model.addAttribute("types", OrganisationType.values());
        return "organisation/social-map";
    }
}
