package nl.waakvlam.goal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface GoalRepository extends JpaRepository<Goal, Long> {

    List<Goal> findByClientIdOrderByStatusAscTargetDateAscIdAsc(Long clientId);
}
