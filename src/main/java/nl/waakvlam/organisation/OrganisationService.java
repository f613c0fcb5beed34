package nl.waakvlam.organisation;

import jakarta.persistence.criteria.Predicate;
import nl.waakvlam.shared.NotFoundException;
import nl.waakvlam.shared.DataVersions;
import nl.waakvlam.shared.KeptValue;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Public API of the organisation module for reading the sociale kaart. Pickers offer
 * {@link #active()} only; names of organisations on existing records come from {@link #byIds} and
 * {@link #all()}, which include inactive ones. Changes go through {@link OrganisationAdministration}.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final DepartmentRepository departments;
    /**
     * The whole sociale kaart by name: every list, the caseload and the client file name organisations,
     * and it changes only through {@link OrganisationAdministration} or an organisation added inline,
     * which both call {@link #changed()}.
     */
    private final KeptValue<List<OrganisationSummary>> everyOrganisation;
    /** Every department, kept like the organisations: the client file names the referring department. */
    private final KeptValue<List<DepartmentSummary>> everyDepartment;

    OrganisationService(OrganisationRepository organisations, DepartmentRepository departments,
                        DataVersions versions) {
        this.organisations = organisations;
        this.departments = departments;
        this.everyOrganisation = versions.keep("organisations",
                () -> organisations.findAll(Sort.by("name")).stream().map(OrganisationSummary::of).toList());
        this.everyDepartment = versions.keep("departments",
                () -> departments.findAll(Sort.by("name")).stream().map(DepartmentSummary::of).toList());
    }

    /**
     * Forgets the kept sociale kaart, here and on every other instance, once the change commits; only
     * inside the changing transaction, which records the change for the other instances.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void changed() {
        everyOrganisation.forget();
        everyDepartment.forget();
    }

    /**
     * Creates an organisation with the given departments, or returns the existing one of that name
     * (in any capitals: "ggz drechtland" is GGZ Drechtland, not a second organisation). Used for
     * organisations added inline and by data loaders; it neither audits nor reactivates.
     */
    @Transactional
    public OrganisationSummary createIfAbsent(String name, OrganisationType type, String phone, String email,
                                              String address, List<String> departmentNames) {
        Organisation organisation = organisations.findFirstByNameIgnoreCaseOrderById(name).orElseGet(() -> {
            changed();
            return organisations.save(new Organisation(name, type, phone, email, address));
        });
        for (String departmentName : departmentNames) {
            departments.findFirstByOrganisationIdAndNameIgnoreCase(organisation.getId(), departmentName)
                    .orElseGet(() -> {
                        changed();
                        return departments.save(new Department(organisation.getId(), departmentName));
                    });
        }
        return OrganisationSummary.of(organisation);
    }

    /** The organisation of this name in any capitals, active or not. */
    public Optional<OrganisationSummary> findByNameIgnoringCase(String name) {
        return organisations.findFirstByNameIgnoreCaseOrderById(name.strip()).map(OrganisationSummary::of);
    }

    /** What pickers offer: the active organisations, by name, in one query. */
    public List<OrganisationSummary> active() {
        return organisations.findByActiveTrueOrderByName().stream().map(OrganisationSummary::of).toList();
    }

    /** Whether a new record may name this organisation: it exists and is active (a form error otherwise). */
    public boolean isActive(Long id) {
        return id != null && organisations.existsByIdAndActiveTrue(id);
    }

    /** One page of the sociale kaart, by name: one query for the page and one for the total. */
    public Page<OrganisationSummary> search(OrganisationSearch search, Pageable page) {
        return organisations.findAll(specification(search), withNameOrder(page)).map(OrganisationSummary::of);
    }

    private static Pageable withNameOrder(Pageable page) {
        return page.isPaged() ? PageRequest.of(page.getPageNumber(),
                page.getPageSize(), Sort.by("name").and(Sort.by("id"))) : page;
    }

    private static Specification<Organisation> specification(OrganisationSearch search) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (search.name() != null && !search.name().isBlank()) {
                where.add(cb.like(cb.lower(root.get("name")),
                        "%" + likeEscaped(search.name().strip().toLowerCase(Locale.ROOT)) + "%", '\\'));
            }
            if (search.type() != null) {
                where.add(cb.equal(root.get("type"), search.type()));
            }
            if (search.active() != null) {
                where.add(cb.equal(root.get("active"), search.active()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** Typed % and _ are searched for, not wildcards. */
    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public OrganisationSummary get(Long id) {
        return organisations.findById(id).map(OrganisationSummary::of)
                .orElseThrow(() -> new NotFoundException("organisation"));
    }

    public Optional<OrganisationSummary> findByName(String name) {
        return organisations.findByName(name).map(OrganisationSummary::of);
    }

    /** Every organisation by name, active or not; read once and kept until the sociale kaart changes. */
    public List<OrganisationSummary> all() {
        return everyOrganisation.get();
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
        // the sociale kaart is small: it is kept whole (see all())
        Set<Long> wanted = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        return all().stream().filter(o -> wanted.contains(o.id()))
                .collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
    }

    public List<DepartmentSummary> departmentsOf(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return departments.findByOrganisationIdInOrderByName(organisationIds).stream()
                .map(DepartmentSummary::of).toList();
    }

    /** The departments of one organisation by name, inactive ones included. */
    public List<DepartmentSummary> departments(Long organisationId) {
        return departments.findByOrganisationIdOrderByName(organisationId).stream().map(DepartmentSummary::of)
                .toList();
    }

    public Optional<DepartmentSummary> department(Long organisationId, String name) {
        return departments.findByOrganisationIdAndName(organisationId, name).map(DepartmentSummary::of);
    }

    public Map<Long, DepartmentSummary> departmentsByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Set<Long> wanted = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        return everyDepartment.get().stream().filter(d -> wanted.contains(d.id()))
                .collect(Collectors.toMap(DepartmentSummary::id, Function.identity()));
    }
}
