package nl.waakvlam.organisation;

import nl.waakvlam.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The administrator's changes to the sociale kaart: organisations and their departments, their
 * (de)activation, and merging a duplicate into the organisation that remains. Every change is
 * audited in the same transaction (no change without its trace); a refused change throws
 * {@link OrganisationException} and saves nothing; a change made on an outdated form fails with an
 * optimistic-lock conflict.
 */
@Service
@Transactional
public class OrganisationAdministration {

    // every change of an organisation forgets the sociale kaart that pages keep
    private final OrganisationService kept;
    private final OrganisationRepository organisations;
    private final DepartmentRepository departments;
    private final List<OrganisationReferences> references;
    private final OrganisationAudit audit;

    OrganisationAdministration(OrganisationRepository organisations, DepartmentRepository departments,
                               List<OrganisationReferences> references, OrganisationAudit audit,
                               OrganisationService kept) {
        this.kept = kept;
        this.organisations = organisations;
        this.departments = departments;
        this.references = references;
        this.audit = audit;
    }

    /** Adds an organisation with its departments; refuses a name that is taken (in any capitals). */
    public Long create(OrganisationDetails details, List<String> departmentNames) {
        requireFreeName(details.name(), null);
        kept.changed();
        Organisation organisation = organisations.saveAndFlush(new Organisation(details));
        audit.record(OrganisationChange.CREATED, organisation.getId());
        Set<String> seen = new LinkedHashSet<>();
        for (String name : departmentNames) {
            if (seen.add(key(name))) {
                Department department = departments.save(new Department(organisation.getId(), name));
                audit.record(OrganisationChange.DEPARTMENT_ADDED, department.getId());
            }
        }
        departments.flush();
        return organisation.getId();
    }

    public void update(Long id, long seenVersion, OrganisationDetails details) {
        Organisation organisation = organisation(id);
        organisation.requireVersion(seenVersion);
        requireFreeName(details.name(), id);
        kept.changed();
        organisation.update(details, seenVersion);
        organisations.flush();
        audit.record(OrganisationChange.UPDATED, id);
    }

    public void deactivate(Long id, long seenVersion) {
        kept.changed();
        organisation(id).deactivate(seenVersion);
        organisations.flush();
        audit.record(OrganisationChange.DEACTIVATED, id);
    }

    public void reactivate(Long id, long seenVersion) {
        kept.changed();
        organisation(id).reactivate(seenVersion);
        organisations.flush();
        audit.record(OrganisationChange.REACTIVATED, id);
    }

    // --- departments

    public void addDepartment(Long organisationId, String name) {
        organisation(organisationId);
        requireFreeDepartmentName(organisationId, name, null);
        kept.changed();
        Department department = departments.saveAndFlush(new Department(organisationId, name));
        audit.record(OrganisationChange.DEPARTMENT_ADDED, department.getId());
    }

    public void renameDepartment(Long organisationId, Long departmentId, long seenVersion, String name) {
        Department department = department(organisationId, departmentId);
        requireFreeDepartmentName(organisationId, name, departmentId);
        kept.changed();
        department.rename(name, seenVersion);
        departments.flush();
        audit.record(OrganisationChange.DEPARTMENT_CHANGED, departmentId);
    }

    /** An inactive department stays on the accounts and clients that name it. */
    public void changeDepartmentActive(Long organisationId, Long departmentId, long seenVersion, boolean active) {
        kept.changed();
        department(organisationId, departmentId).changeActive(active, seenVersion);
        departments.flush();
        audit.record(OrganisationChange.DEPARTMENT_CHANGED, departmentId);
    }

    /** Removes a department nobody names; one that is in use can be made inactive instead. */
    public void removeDepartment(Long organisationId, Long departmentId) {
        Department department = department(organisationId, departmentId);
        long uses = references.stream().mapToLong(r -> r.countDepartment(departmentId)).sum();
        if (uses > 0) {
            throw new OrganisationException(null, "department.inUse", department.getName(), uses);
        }
        kept.changed();
        departments.delete(department);
        departments.flush();
        audit.record(OrganisationChange.DEPARTMENT_REMOVED, departmentId);
    }

    // --- merging a duplicate

    /** What a merge would do, in counts only: the administrator never sees client content. */
    public record MergePreview(OrganisationSummary duplicate, OrganisationSummary remaining,
                               List<ReferenceCount> references, List<String> mergedDepartments,
                               List<String> movedDepartments) {

        public long total() {
            return references.stream().mapToLong(ReferenceCount::count).sum();
        }
    }

    @Transactional(readOnly = true)
    public MergePreview preview(Long duplicateId, Long remainingId) {
        Organisation duplicate = organisation(duplicateId);
        Organisation remaining = organisation(remainingId);
        requireMergeable(duplicate, remaining);
        List<ReferenceCount> counts = new ArrayList<>();
        references.forEach(r -> counts.addAll(r.count(duplicateId)));
        Set<String> remainingNames = new LinkedHashSet<>();
        departments.findByOrganisationIdOrderByName(remainingId).forEach(d -> remainingNames.add(key(d.getName())));
        List<String> merged = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        for (Department department : departments.findByOrganisationIdOrderByName(duplicateId)) {
            (remainingNames.add(key(department.getName())) ? moved : merged).add(department.getName());
        }
        return new MergePreview(OrganisationSummary.of(duplicate), OrganisationSummary.of(remaining), counts,
                merged, moved);
    }

    /**
     * Merges the duplicate into the remaining organisation in one transaction: departments with the
     * same name become one, the duplicate's other departments move over, every module moves its
     * references ({@link OrganisationReferences}), and the duplicate is deleted. The database's
     * foreign keys guard the result: should any reference have stayed behind, the delete fails and
     * nothing of the merge is kept.
     */
    public void merge(Long duplicateId, long duplicateVersion, Long remainingId, long remainingVersion) {
        if (duplicateId.equals(remainingId)) {
            throw new OrganisationException("into", "organisation.merge.self");
        }
        // always lock the lower id first, so two merges in opposite directions cannot deadlock
        Organisation first = locked(Math.min(duplicateId, remainingId));
        Organisation second = locked(Math.max(duplicateId, remainingId));
        Organisation duplicate = first.getId().equals(duplicateId) ? first : second;
        Organisation remaining = duplicate == first ? second : first;
        duplicate.requireVersion(duplicateVersion);
        remaining.requireVersion(remainingVersion);
        requireMergeable(duplicate, remaining);
        kept.changed();

        Map<String, Department> remainingByName = new LinkedHashMap<>();
        departments.findByOrganisationIdOrderByName(remainingId)
                .forEach(d -> remainingByName.putIfAbsent(key(d.getName()), d));
        Map<Long, Long> mergedDepartments = new LinkedHashMap<>();
        List<Department> mergedAway = new ArrayList<>();
        for (Department department : departments.findByOrganisationIdOrderByName(duplicateId)) {
            Department namesake = remainingByName.get(key(department.getName()));
            if (namesake != null) {
                namesake.absorb(department);
                mergedDepartments.put(department.getId(), namesake.getId());
                mergedAway.add(department);
            } else {
                department.moveTo(remainingId);
                remainingByName.put(key(department.getName()), department);
            }
        }
        departments.flush();

        OrganisationMerge merge = new OrganisationMerge(duplicateId, remainingId, mergedDepartments);
        references.forEach(r -> r.move(merge));

        departments.deleteAll(mergedAway);
        departments.flush();
        organisations.delete(duplicate);
        organisations.flush();
        audit.record(OrganisationChange.MERGED_INTO, remainingId);
        audit.record(OrganisationChange.MERGED_AWAY, duplicateId);
    }

    private static void requireMergeable(Organisation duplicate, Organisation remaining) {
        if (duplicate.getId().equals(remaining.getId())) {
            throw new OrganisationException("into", "organisation.merge.self");
        }
        if (!remaining.isActive()) {
            throw new OrganisationException("into", "organisation.merge.inactive");
        }
    }

    // --- helpers

    private Organisation organisation(Long id) {
        return organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation"));
    }

    private Organisation locked(Long id) {
        return organisations.lockById(id).orElseThrow(() -> new NotFoundException("organisation"));
    }

    private Department department(Long organisationId, Long departmentId) {
        return departments.findById(departmentId).filter(d -> d.getOrganisationId().equals(organisationId))
                .orElseThrow(() -> new NotFoundException("department"));
    }

    private void requireFreeName(String name, Long self) {
        organisations.findFirstByNameIgnoreCaseOrderById(name).filter(o -> !o.getId().equals(self))
                .ifPresent(o -> {
                    throw new OrganisationException("name", "organisation.nameTaken");
                });
    }

    private void requireFreeDepartmentName(Long organisationId, String name, Long self) {
        departments.findFirstByOrganisationIdAndNameIgnoreCase(organisationId, name)
                .filter(d -> !d.getId().equals(self))
                .ifPresent(d -> {
                    throw new OrganisationException("name", "department.nameTaken");
                });
    }

    /** Department names that differ in capitals or surrounding spaces only are the same department. */
    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
