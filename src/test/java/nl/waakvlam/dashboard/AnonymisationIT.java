package nl.waakvlam.dashboard;

import nl.waakvlam.client.ClientRetention;
import nl.waakvlam.security.UserSummary;
import nl.waakvlam.support.IntegrationTest;
import nl.waakvlam.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static nl.waakvlam.support.Sessions.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Anonymising a client's file removes every personal detail and free text from every module's
 * tables — a canary text put into each free-text column is found nowhere in the database afterwards —
 * while the dashboard's figures stay exactly the same. In the dashboard's package because it compares
 * the dashboard's own figures.
 */
@IntegrationTest
class AnonymisationIT {

    /**
     * Every free-text column that holds something about a client, per table. {@link #CODES} lists the
     * other text columns of the tables that name a client; together they must cover every text column,
     * so that a new free-text column fails this test until it is anonymised and listed here.
     */
    static final Map<String, List<String>> FREE_TEXT = Map.ofEntries(
            Map.entry("client", List.of("first_name", "last_name", "phone", "email", "address", "living_situation",
                    "indication", "own_question", "matching_preferences", "preferred_language", "interests",
                    "aftercare_note", "rhythm_reason")),
            Map.entry("phase_change", List.of("reason")),
            Map.entry("assignment", List.of("note", "warm_visit_place")),
            Map.entry("referral", List.of("reason", "known_issues", "decline_reason", "decline_advice",
                    "match_rationale", "start_meeting_place")),
            Map.entry("contact_moment", List.of("private_note", "shared_note", "follow_up_action", "delete_reason")),
            Map.entry("warning_sign", List.of("sign", "action", "who_acts")),
            Map.entry("client_event", List.of("what_happened", "action_taken", "outcome", "care_kind",
                    "organisations_involved")),
            Map.entry("plan_action", List.of("description", "checked_with_organisation")),
            Map.entry("mandate_advice", List.of("advice", "decision_reason")),
            Map.entry("goal", List.of("description", "progress_notes")),
            Map.entry("measurement", List.of("note")),
            Map.entry("feedback_agreement", List.of("topics")),
            Map.entry("consent", List.of("recipient_name")),
            Map.entry("referrer_note", List.of("note")),
            Map.entry("progress_report", List.of("body", "client_note")),
            Map.entry("erasure_request", List.of("reason")),
            Map.entry("access_for_need", List.of("reason")),
            Map.entry("end_plan", List.of("turn_to", "agreements")),
            Map.entry("callback_request", List.of("caller_name", "caller_phone", "message")),
            Map.entry("notification", List.of("detail")),
            Map.entry("client_account", List.of("guardian_name")),
            Map.entry("questionnaire_answer", List.of("answer_text")),
            Map.entry("avoided_cost", List.of("note")),
            Map.entry("story", List.of("title", "body")));

    /** Text columns holding codes, enum names, links or the actor's own name — nothing about the client. */
    static final Set<String> CODES = Set.of(
            "client.preferred_channel", "client.phase", "client.end_reason", "client.preferred_coach_gender",
            "phase_change.from_phase", "phase_change.to_phase", "assignment.role", "client_account.legal_basis",
            "referral.urgency", "referral.decline_reason_code",
            "contact_moment.outcome", "contact_moment.type", "contact_moment.initiated_by",
            "contact_moment.working_elements", "contact_moment.time_kind", "contact_moment.life_domain_ids",
            "client_event.life_domain_ids",
            "client_event.type", "client_event.source", "client_event.severity", "client_event.referral_form_status",
            "client_event.scale_up_outcome", "client_event.transition_type", "client_event.phase_before",
            "client_event.phase_after",
            "plan_action.owner", "plan_action.status", "mandate_advice.decision",
            "goal.owner", "goal.status", "measurement.moment",
            "feedback_agreement.frequency", "feedback_agreement.channel",
            "consent.recipient_type", "consent.obtained_how", "progress_report.status",
            "notification.type", "notification.message_key", "notification.link",
            "audit_event.username", "audit_event.role", "audit_event.action", "audit_event.entity",
            "audit_event.outcome", "audit_event.source_address",
            "erasure_request.status", "access_for_need.category",
            "callback_request.caller_kind", "callback_request.urgency",
            "questionnaire_response.audience", "questionnaire_response.filled_in", "avoided_cost.status", "story.status",
            // The audit trail is never rewritten: its rows (with the reasons given for access for need
            // and for exports) leave through their own retention period, purge_audit_events.
            "audit_event.detail");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestPeople people;

    @Autowired
    ClientRetention retention;

    @Autowired
    DashboardQueries dashboard;

    @Autowired
    MockMvc mvc;

    @Test
    void everyTextColumnOfEveryTableThatNamesAClientIsKnownToThisTest() {
        List<String> unknown = new ArrayList<>();
        for (Map<String, Object> column : textColumnsOfClientTables()) {
            String name = column.get("table_name") + "." + column.get("column_name");
            List<String> freeText = FREE_TEXT.getOrDefault((String) column.get("table_name"), List.of());
            if (!freeText.contains((String) column.get("column_name")) && !CODES.contains(name)) {
                unknown.add(name);
            }
        }
        assertThat(unknown).as("text columns neither anonymised nor known to hold only codes").isEmpty();
    }

    @Test
    void anonymisationRemovesNamesAndEveryFreeTextWhileTheDashboardFiguresStayEqual() throws Exception {
        UserSummary coach = people.coach();
        UserSummary referrer = people.referrer();
        UserSummary projectLeader = people.projectLeader();
        Long client = people.coachedClient(coach, referrer, projectLeader);
        String canary = "KNR" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        fillEveryFreeTextColumn(client, coach, referrer, projectLeader, canary);
        for (var entry : FREE_TEXT.entrySet()) {
            for (String column : entry.getValue()) {
                assertThat(jdbc.queryForObject("select count(*) from " + entry.getKey() + " where "
                        + (entry.getKey().equals("client") ? "id" : "client_id") + " = ? and " + column + " like ?",
                        Long.class, client, "%" + canary + "%")).as(entry.getKey() + "." + column + " holds the canary")
                        .isPositive();
            }
        }
        LocalDate today = LocalDate.now();
        DashboardFilter wholeYear = new DashboardFilter(today.minusYears(1), today, null, null, null);
        DashboardFigures before = dashboard.figures(wholeYear);

        assertThat(retention.anonymise(client)).isTrue();

        assertThat(columnsHolding(canary)).as("columns still holding the canary").isEmpty();
        assertThat(dashboard.figures(wholeYear)).isEqualTo(before);
        Map<String, Object> row = jdbc.queryForMap("select first_name, last_name, extract(month from date_of_birth) m, "
                + "extract(day from date_of_birth) d, extract(year from date_of_birth) y, anonymised_at from client "
                + "where id = ?", client);
        assertThat(row.get("last_name")).isEqualTo(ClientRetention.ANONYMISED_NAME);
        assertThat(((Number) row.get("m")).intValue()).isOne();
        assertThat(((Number) row.get("d")).intValue()).isOne();
        assertThat(((Number) row.get("y")).intValue()).as("the year of birth stays").isEqualTo(today.minusYears(25).getYear());
        assertThat(row.get("anonymised_at")).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from notification where client_id = ?", Long.class, client))
                .as("inbox items naming the client").isZero();
        assertThat(jdbc.queryForObject("select count(*) from contact_moment where client_id = ?", Long.class, client))
                .as("the contacts themselves stay, for the figures").isEqualTo(2);

        for (String user : List.of(coach.username(), projectLeader.username(), referrer.username())) {
            mvc.perform(get("/clients/{id}", client).session(login(mvc, user))).andExpect(status().isNotFound());
        }
        assertThat(retention.anonymise(client)).as("a second time changes nothing").isFalse();
    }

    void fillEveryFreeTextColumn(Long client, UserSummary coach, UserSummary referrer, UserSummary projectLeader,
                                 String canary) {
        Long organisation = jdbc.queryForObject("select referring_organisation_id from client where id = ?", Long.class,
                client);
        Long instrument = jdbc.queryForObject("select min(id) from instrument", Long.class);
        // a guardian's account on Mijn Waakvlam, named by the coach
        jdbc.update("insert into client_account (user_id, client_id, invited_by, invited_at, guardian_name, legal_basis) "
                + "values (?, ?, ?, now(), ?, 'MENTOR')", people.referrer().id(), client, coach.id(), canary);
        jdbc.update("insert into contact_moment (client_id, coach_id, occurred_at, outcome, type, initiated_by, "
                + "time_kind, created_at) values (?, ?, now() - interval '3 days', 'REACHED', 'PHONE', 'COACH', "
                + "'DIRECT', now())", client, coach.id());
        jdbc.update("insert into contact_moment (client_id, coach_id, occurred_at, outcome, type, initiated_by, "
                + "time_kind, created_at, deleted_at, deleted_by, delete_reason) values (?, ?, now() - interval '2 days', "
                + "'REACHED', 'PHONE', 'COACH', 'DIRECT', now(), now(), ?, 'x')", client, coach.id(), coach.id());
        jdbc.update("insert into warning_sign (client_id, sign, action, who_acts, created_at) values (?, 'x', 'x', 'x', now())",
                client);
        jdbc.update("insert into client_event (client_id, type, occurred_on, what_happened, severity, recorded_by, "
                + "created_at) values (?, 'SIGNAL', current_date - 5, 'x', 'LOW', ?, now())", client, coach.id());
        jdbc.update("insert into plan_action (client_id, description, owner, status, created_at) values "
                + "(?, 'x', 'CLIENT', 'OPEN', now())", client);
        jdbc.update("insert into mandate_advice (client_id, organisation_id, advice, sent_on, decision, decision_reason, "
                + "created_at) values (?, ?, 'x', current_date - 4, 'REJECTED', 'x', now())", client, organisation);
        jdbc.update("insert into goal (client_id, description, owner, status, created_by, created_at, updated_at) "
                + "values (?, 'x', 'CLIENT', 'OPEN', ?, now(), now())", client, coach.id());
        jdbc.update("insert into measurement (client_id, instrument_id, moment, measured_on, recorded_by, created_at) "
                + "values (?, ?, 'START', current_date - 10, ?, now())", client, instrument, coach.id());
        jdbc.update("insert into feedback_agreement (client_id, referrer_id, frequency, channel, made_on, updated_at) "
                + "values (?, ?, 'MONTHLY', 'PORTAL', current_date - 20, now())", client, referrer.id());
        jdbc.update("insert into consent (client_id, recipient_type, recipient_name, scope_reports, scope_events, "
                + "scope_goals, obtained_how, given_on, recorded_by, created_at) values (?, 'REPRESENTATIVE', 'x', true, "
                + "true, true, 'CONVERSATION', current_date - 20, ?, now())", client, coach.id());
        jdbc.update("insert into referrer_note (client_id, referrer_id, noticed_on, note, created_at) values "
                + "(?, ?, current_date - 3, 'x', now())", client, referrer.id());
        jdbc.update("insert into progress_report (client_id, period_from, period_to, body, status, created_by, "
                + "created_at) values (?, current_date - 60, current_date - 1, 'x', 'DRAFT', ?, now())", client, coach.id());
        jdbc.update("insert into notification (user_id, type, message_key, link, created_at, client_id) values "
                + "(?, 'FOLLOW_UP_DUE', 'notification.followUpDue', '/clients/' || ?, now(), ?)", coach.id(), client, client);
        jdbc.update("insert into erasure_request (client_id, reason, requested_by, requested_at, status) values "
                + "(?, 'x', ?, now(), 'REJECTED')", client, projectLeader.id());
        jdbc.update("insert into access_for_need (client_id, user_id, category, reason, granted_at, expires_at) values "
                + "(?, ?, 'CALAMITY', 'x', now() - interval '2 days', now() - interval '1 day')", client, projectLeader.id());
        jdbc.update("insert into end_plan (client_id, turn_to, agreements, written_by, updated_at) values "
                + "(?, 'x', 'x', ?, now())", client, coach.id());
        // the monitor: a questionnaire answered in words, an avoided cost with a note, a story
        Long round = jdbc.queryForObject("insert into monitoring_round (name, opens_on, closes_on, created_by, created_at) "
                + "values ('Anonimisering ' || ?, current_date - 5, current_date + 5, ?, now()) returning id", Long.class,
                client, projectLeader.id());
        Long response = jdbc.queryForObject("insert into questionnaire_response (round_id, audience, client_id, filled_in, "
                + "recorded_by, submitted_at) values (?, 'CLIENT', ?, 'WITH_COACH', ?, now()) returning id", Long.class,
                round, client, coach.id());
        jdbc.update("insert into questionnaire_answer (response_id, question_id, client_id, answer_text) values "
                + "(?, (select id from questionnaire_question where audience = 'CLIENT' and code = 'CAN_DO_NOW'), ?, 'x')",
                response, client);
        Long prevented = jdbc.queryForObject("insert into client_event (client_id, type, occurred_on, what_happened, "
                + "severity, recorded_by, created_at) values (?, 'ESCALATION_PREVENTED', current_date - 3, 'x', 'LOW', ?, "
                + "now()) returning id",
                Long.class, client, coach.id());
        jdbc.update("insert into avoided_cost (client_id, event_id, kind_id, note, proposed_amount, status, proposed_by, "
                + "proposed_at) values (?, ?, (select min(id) from avoided_cost_kind), 'x', 100, 'PROPOSED', ?, now())",
                client, prevented, coach.id());
        jdbc.update("insert into story (client_id, title, body, consent_on, status, proposed_by, proposed_at) values "
                + "(?, 'x', 'x', current_date, 'PROPOSED', ?, now())", client, coach.id());
        jdbc.update("insert into callback_request (client_id, coach_id, caller_name, caller_phone, caller_kind, message, "
                + "urgency, created_by, created_at) values (?, ?, 'x', 'x', 'CLIENT', 'x', 'TODAY', ?, now())", client,
                coach.id(), coach.id());
        for (var entry : FREE_TEXT.entrySet()) {
            String key = entry.getKey().equals("client") ? "id" : "client_id";
            for (String column : entry.getValue()) {
                jdbc.update("update " + entry.getKey() + " set " + column + " = ? where " + key + " = ?"
                        + (column.equals("delete_reason") ? " and deleted_at is not null" : ""), canary, client);
            }
        }
    }

    /** Every text-like column of every table in the database that holds the canary. */
    List<String> columnsHolding(String canary) {
        List<String> holding = new ArrayList<>();
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select c.table_name, c.column_name from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
                  and c.data_type in ('character varying', 'text', 'character', 'ARRAY', 'json', 'jsonb')
                """);
        assertThat(columns).hasSizeGreaterThan(100);
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            Long found = jdbc.queryForObject("select count(*) from \"" + table + "\" where \"" + name
                    + "\"::text like ?", Long.class, "%" + canary + "%");
            if (found != null && found > 0) {
                holding.add(table + "." + name);
            }
        }
        return holding;
    }

    List<Map<String, Object>> textColumnsOfClientTables() {
        Set<String> clientTables = new TreeSet<>(jdbc.queryForList("select c.table_name from information_schema.columns c "
                + "join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name "
                + "where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.column_name = 'client_id'",
                String.class));
        clientTables.add("client");
        return jdbc.queryForList("select table_name, column_name from information_schema.columns where table_schema = "
                + "'public' and data_type in ('character varying', 'text', 'character', 'ARRAY', 'json', 'jsonb') "
                + "and table_name = any (?)", (Object) clientTables.toArray(String[]::new));
    }
}
