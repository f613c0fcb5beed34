package nl.waakvlam.client;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccessForNeedRepository extends JpaRepository<AccessForNeedGrant, Long> {
}
