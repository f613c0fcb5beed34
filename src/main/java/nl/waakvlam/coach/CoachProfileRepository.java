package nl.waakvlam.coach;

import org.springframework.data.jpa.repository.JpaRepository;

interface CoachProfileRepository extends JpaRepository<CoachProfile, Long> {
}
