package nl.waakvlam.escalation;

import nl.waakvlam.client.ClientDataExport;
import nl.waakvlam.client.ClientRecords;
import nl.waakvlam.reference.ReferenceData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/**
 * The escalation ladder in the client's data on request: events (signals, crises, scale-ups, …)
 * with their narratives, the early-warning plan, plan actions and mandate advice.
 */
@Component
class EscalationRecords implements ClientDataExport {

    private final JdbcTemplate jdbc;
    private final ReferenceData referenceData;

    EscalationRecords(JdbcTemplate jdbc, ReferenceData referenceData) {
        this.jdbc = jdbc;
        this.referenceData = referenceData;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ClientRecords> records(Long clientId) {
        return List.of(
                ClientRecords.query(jdbc, "events", Map.of("type", "eventType.", "source", "signalSource.",
                                        "severity", "severity.", "referral_form_status", "referralFormStatus.",
                                        "scale_up_outcome", "scaleUpOutcome.", "transition_type", "transitionType.",
                                        "phase_before", "phase.", "phase_after", "phase."),
                                "select e.occurred_on, e.type, e.life_domain_ids as life_domains, e.source, "
                                        + "e.what_happened, e.action_taken, e.outcome, e.follow_up_on, e.severity, "
                                        + "e.significant, o.name as target_organisation, e.care_kind, "
                                        + "e.referral_form_status, e.waiting_since, e.expected_start, e.bridging, "
                                        + "e.info_exchange_consent, e.scale_up_outcome, e.closed_on, e.transition_type, "
                                        + "e.organisations_involved, e.warm_handover, e.phase_before, e.phase_after, "
                                        + "u.display_name as recorded_by, e.created_at from client_event e "
                                        + "left join v_organisation o on o.id = e.target_organisation_id "
                                        + "left join v_user u on u.id = e.recorded_by where e.client_id = ? "
                                        + "order by e.occurred_on, e.id", clientId)
                        .lifeDomainNames("life_domains", referenceData),
                ClientRecords.query(jdbc, "warning_signs", Map.of(),
                        "select w.sign, w.action, w.who_acts, w.active, w.created_at from warning_sign w "
                                + "where w.client_id = ? order by w.created_at, w.id", clientId),
                ClientRecords.query(jdbc, "plan_actions", Map.of("owner", "actionOwner.", "status", "actionStatus."),
                                "select a.life_domain_id as life_domain, a.description, a.owner, "
                                        + "o.name as organisation, a.status, a.due_on, a.checked_with_organisation, "
                                        + "a.created_at from plan_action a "
                                        + "left join v_organisation o on o.id = a.organisation_id "
                                        + "where a.client_id = ? order by a.created_at, a.id", clientId)
                        .lifeDomainNames("life_domain", referenceData),
                ClientRecords.query(jdbc, "mandate_advice", Map.of("decision", "mandateDecision."),
                                "select o.name as organisation, m.life_domain_id as life_domain, m.advice, m.sent_on, "
                                        + "m.decision, m.decision_reason, m.decided_on, m.created_at "
                                        + "from mandate_advice m left join v_organisation o on o.id = m.organisation_id "
                                        + "where m.client_id = ? order by m.sent_on, m.id", clientId)
                        .lifeDomainNames("life_domain", referenceData));
    }
}
