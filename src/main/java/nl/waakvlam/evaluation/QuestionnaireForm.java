package nl.waakvlam.evaluation;

import java.util.HashMap;
import java.util.Map;

/** A questionnaire as filled in: the answer to each question by its id, as typed or tapped. */
public class QuestionnaireForm {

    private Map<Long, String> answers = new HashMap<>();

    public Map<Long, String> getAnswers() {
        return answers;
    }

    public void setAnswers(Map<Long, String> answers) {
        this.answers = answers == null ? new HashMap<>() : answers;
    }

    /**
     * Puts each of {@link Questionnaires#problems}' messages next to its field, or above the form for
     * the form as a whole (""); true when there were any.
     */
    public static boolean reject(Map<String, String> problems, org.springframework.validation.BindingResult result) {
        problems.forEach((field, key) -> {
            if (field.isEmpty()) {
                result.reject(key);
            } else {
                result.rejectValue(field, key);
            }
        });
        return !problems.isEmpty();
    }

    /** The answer given to a question, or "" (for the templates: keeps what the user typed). */
    public String answer(Long questionId) {
        String value = answers.get(questionId);
        return value == null ? "" : value;
    }

    /** Whether this position was ticked for a question with more than one answer ("0,3"). */
    public boolean ticked(Long questionId, int position) {
        String value = answers.get(questionId);
        return value != null && java.util.Arrays.asList(value.split(",")).contains(String.valueOf(position));
    }

    /** Whether this value was chosen for a question (radio buttons). */
    public boolean chosen(Long questionId, Object value) {
        return String.valueOf(value).equals(answers.get(questionId));
    }
}
