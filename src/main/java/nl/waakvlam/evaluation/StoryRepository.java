package nl.waakvlam.evaluation;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoryRepository extends JpaRepository<Story, Long> {
}
