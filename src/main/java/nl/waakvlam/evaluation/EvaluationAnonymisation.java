package nl.waakvlam.evaluation;

import nl.waakvlam.client.ClientAnonymisation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A client's words in the evaluation go when their file is anonymised: questionnaire answers in
 * words, the note on an avoided cost, and the stories (title and text). Marks, choices, amounts and
 * statuses stay, so the report's figures do not change.
 */
@Component
class EvaluationAnonymisation implements ClientAnonymisation {

    private final JdbcTemplate jdbc;

    EvaluationAnonymisation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void anonymise(Long clientId) {
        jdbc.update("update questionnaire_answer set answer_text = ? where client_id = ? and answer_text is not null",
                REMOVED, clientId);
        jdbc.update("update avoided_cost set note = null where client_id = ?", clientId);
        jdbc.update("update story set title = ?, body = ? where client_id = ?", REMOVED, REMOVED, clientId);
    }
}
