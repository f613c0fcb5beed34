package nl.waakvlam.evaluation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface AvoidedCostKindRepository extends JpaRepository<AvoidedCostKind, Long> {

    List<AvoidedCostKind> findAllByOrderBySortOrderAscIdAsc();
}
