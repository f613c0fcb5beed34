package nl.waakvlam.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface DepartmentRepository extends JpaRepository<Department, Long> {

    List<Department> findByOrganisationIdInOrderByName(Collection<Long> organisationIds);

    List<Department> findByOrganisationIdOrderByName(Long organisationId);

    Optional<Department> findByOrganisationIdAndName(Long organisationId, String name);

    Optional<Department> findFirstByOrganisationIdAndNameIgnoreCase(Long organisationId, String name);
}
