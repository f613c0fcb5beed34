package nl.waakvlam.imports;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface SavedMappingRepository extends JpaRepository<SavedMapping, Long> {

    Optional<SavedMapping> findByKindAndHeaderKey(TargetField.Kind kind, String headerKey);
}
