package nl.waakvlam.escalation;

import nl.waakvlam.client.FileView;
import nl.waakvlam.shared.JsonLists;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * A client's early-warning plan, plan of action and mandate advice as the client file shows them,
 * read in one statement: each list comes back as a JSON array and is read into the rows below. The
 * file shows the three side by side, so two sections of one page share the one read.
 */
@Component
class ClientPlans {

    /** An action in the plan of action, with ids where the page shows names. */
    record ActionRow(Long id, Long lifeDomainId, String description, ActionOwner owner, Long organisationId,
                     ActionStatus status, LocalDate dueOn, String checkedWithOrganisation, long version) {
    }

    /** A mandate advice, with ids where the page shows names. */
    record MandateRow(Long id, Long organisationId, Long lifeDomainId, String advice, LocalDate sentOn,
                      MandateDecision decision, String decisionReason, LocalDate decidedOn) {
    }

    /** The active warning signs in the order they were made, actions by status and due date, advice newest first. */
    record Plans(List<EventViews.WarningSignView> signs, List<ActionRow> actions, List<MandateRow> mandates) {
    }

    private static final String SQL = """
            select
              (select coalesce(json_agg(json_build_object('id', s.id, 'sign', s.sign, 'action', s.action,
                                                          'whoActs', s.who_acts) order by s.id), '[]')
               from warning_sign s where s.client_id = ? and s.active) as signs,
              (select coalesce(json_agg(json_build_object('id', a.id, 'lifeDomainId', a.life_domain_id,
                                                          'description', a.description, 'owner', a.owner,
                                                          'organisationId', a.organisation_id, 'status', a.status,
                                                          'dueOn', a.due_on,
                                                          'checkedWithOrganisation', a.checked_with_organisation,
                                                          'version', a.version)
                                        order by a.status, a.due_on, a.id), '[]')
               from plan_action a where a.client_id = ?) as actions,
              (select coalesce(json_agg(json_build_object('id', m.id, 'organisationId', m.organisation_id,
                                                          'lifeDomainId', m.life_domain_id, 'advice', m.advice,
                                                          'sentOn', m.sent_on, 'decision', m.decision,
                                                          'decisionReason', m.decision_reason,
                                                          'decidedOn', m.decided_on)
                                        order by m.sent_on desc, m.id desc), '[]')
               from mandate_advice m where m.client_id = ?) as mandates
            """;

    private final JdbcTemplate jdbc;
    private final JsonLists json;

    ClientPlans(JdbcTemplate jdbc, JsonLists json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The plans of the client whose file is being viewed: the early-warning plan and the plan of action share one read. */
    Plans of(FileView file) {
        return file.shared(Plans.class, () -> of(file.clientId()));
    }

    private Plans of(Long clientId) {
        return jdbc.queryForObject(SQL,
                (rs, n) -> new Plans(json.read(rs, "signs", EventViews.WarningSignView.class),
                        json.read(rs, "actions", ActionRow.class), json.read(rs, "mandates", MandateRow.class)),
                clientId, clientId, clientId);
    }
}
