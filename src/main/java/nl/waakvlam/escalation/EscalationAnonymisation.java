package nl.waakvlam.escalation;

import nl.waakvlam.client.ClientAnonymisation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Removes the texts of an anonymised client's early-warning plan, events, plan of action and mandate
 * advice; types, dates, severities, organisations and decisions stay.
 */
@Component
class EscalationAnonymisation implements ClientAnonymisation {

    private final JdbcTemplate jdbc;

    EscalationAnonymisation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void anonymise(Long clientId) {
        jdbc.update("update warning_sign set sign = ?, action = ?, who_acts = ? where client_id = ?",
                REMOVED, REMOVED, REMOVED, clientId);
        jdbc.update("update client_event set what_happened = ?, action_taken = null, outcome = null, care_kind = null, "
                + "organisations_involved = null where client_id = ?", REMOVED, clientId);
        jdbc.update("update plan_action set description = ?, checked_with_organisation = null where client_id = ?",
                REMOVED, clientId);
        jdbc.update("update mandate_advice set advice = ?, decision_reason = case when decision_reason is null "
                + "then null else ? end where client_id = ?", REMOVED, REMOVED, clientId);
    }
}
