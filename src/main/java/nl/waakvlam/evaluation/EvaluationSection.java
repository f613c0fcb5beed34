package nl.waakvlam.evaluation;

import nl.waakvlam.client.ClientAccess;
import nl.waakvlam.client.ClientFileSection;
import nl.waakvlam.client.FileView;
import org.springframework.stereotype.Component;

/**
 * On the file, for the client's coaches: the way to propose an experience story. Reads nothing: the
 * round's questionnaire to fill in with the client is on the coach's today list, and what a
 * prevented escalation avoided is recorded from the escalation itself, so the file costs no extra
 * statement.
 */
@Component
class EvaluationSection implements ClientFileSection {

    record Data(Long clientId) {
    }

    @Override
    public String slot() {
        return "main";
    }

    @Override
    public String fragment() {
        return "evaluation/section :: evaluation";
    }

    @Override
    public int order() {
        return 800;
    }

    @Override
    public Object data(FileView file) {
        return ClientAccess.COACHES.contains(file.access()) ? new Data(file.clientId()) : null;
    }
}
