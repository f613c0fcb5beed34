package nl.waakvlam.benchmark.reference;

import org.springframework.data.jpa.repository.JpaRepository;

/** Owners, by the standard Spring Data repository. */
interface OwnerRepository extends JpaRepository<Owner, Integer> {
}
