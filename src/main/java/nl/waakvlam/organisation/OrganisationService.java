package nl.waakvlam.organisation;

import nl.waakvlam.shared.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Public API of the organisation module. */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final DepartmentRepository departments;

    OrganisationService(OrganisationRepository organisations, DepartmentRepository departments) {
        this.organisations = organisations;
        this.departments = departments;
    }

    /** Creates an organisation with the given departments, or returns the existing one of that name. */
    @Transactional
    public OrganisationSummary createIfAbsent(String name, OrganisationType type, String phone, String email,
                                              String address, List<String> departmentNames) {
        Organisation organisation = organisations.findByName(name)
                .orElseGet(() -> organisations.save(new Organisation(name, type, phone, email, address)));
        for (String departmentName : departmentNames) {
            departments.findByOrganisationIdAndName(organisation.getId(), departmentName)
                    .orElseGet(() -> departments.save(new Department(organisation.getId(), departmentName)));
        }
        return OrganisationSummary.of(organisation);
    }

    public OrganisationSummary get(Long id) {
        return organisations.findById(id).map(OrganisationSummary::of)
                .orElseThrow(() -> new NotFoundException("organisation"));
    }

    public Optional<OrganisationSummary> findByName(String name) {
        return organisations.findByName(name).map(OrganisationSummary::of);
    }

    public List<OrganisationSummary> all() {
        return organisations.findAll(Sort.by("name")).stream().map(OrganisationSummary::of).toList();
    }

    /** Whether an id names an organisation on the sociale kaart (forms may only choose those). */
    public boolean exists(Long id) {
        return id != null && organisations.existsById(id);
    }

    /** Organisations by id, in one query, for pages that show names next to ids. */
    public Map<Long, OrganisationSummary> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return organisations.findAllById(ids).stream().map(OrganisationSummary::of)
                .collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
    }

    public List<DepartmentSummary> departmentsOf(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return departments.findByOrganisationIdInOrderByName(organisationIds).stream()
                .map(DepartmentSummary::of).toList();
    }

    public Optional<DepartmentSummary> department(Long organisationId, String name) {
        return departments.findByOrganisationIdAndName(organisationId, name).map(DepartmentSummary::of);
    }

    public Map<Long, DepartmentSummary> departmentsByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return departments.findAllById(ids).stream().map(DepartmentSummary::of)
                .collect(Collectors.toMap(DepartmentSummary::id, Function.identity()));
    }
}
