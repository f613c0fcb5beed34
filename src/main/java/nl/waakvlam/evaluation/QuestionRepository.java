package nl.waakvlam.evaluation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface QuestionRepository extends JpaRepository<Question, Long> {

    List<Question> findByAudienceOrderBySortOrderAscIdAsc(Audience audience);

    List<Question> findAllByOrderByAudienceAscSortOrderAscIdAsc();

    boolean existsByAudienceAndCode(Audience audience, String code);
}
