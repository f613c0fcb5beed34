package nl.waakvlam.reference;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface LifeDomainRepository extends JpaRepository<LifeDomain, Long> {

    List<LifeDomain> findAllByOrderBySortOrder();
}
