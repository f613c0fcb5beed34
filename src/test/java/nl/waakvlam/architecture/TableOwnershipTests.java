package nl.waakvlam.architecture;

import nl.waakvlam.architecture.SqlOwnershipChecker.Violation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No module's SQL or JPQL names another module's tables: each module reads and writes only its own
 * tables, and others see its data through its Java API or a published view ({@code v_…}).
 */
class TableOwnershipTests {

    /**
     * The tables and views each module owns. A new table or view gets its owner here before any code may
     * name it; a view another module may read starts with {@code v_}. {@code Map.ofEntries}, because
     * {@code Map.of} stops at ten modules.
     */
    static final Map<String, Set<String>> OWNERSHIP = Map.ofEntries(
            // organisation: referrer and partner organisations and their departments
            entry("organisation", Set.of("organisation", "department", "v_organisation")),
            // security: accounts and the audit trail
            entry("security", Set.of("user_account", "audit_event", "account_token", "recovery_code", "sign_in_throttle",
                    "spring_session", "spring_session_attributes", "v_user")),
            // coach: coach profiles (caseload capacity) and absences
            entry("coach", Set.of("coach_profile", "coach_absence", "v_coach_capacity")),
            // reference: reference data every module picks from
            entry("reference", Set.of("track", "life_domain", "end_reason", "decline_reason", "v_track", "v_life_domain")),
            // settings: the administrator's programme settings and the log of changes to settings and lists
            entry("settings", Set.of("programme_setting", "setting_change")),
            // client: the client file, its phases and coach assignments
            entry("client", Set.of("client", "phase_change", "assignment", "access_for_need", "end_plan",
                    "client_account", "client_first_waakvlam", "v_client_programme", "v_phase_change", "v_assignment",
                    "v_client_first_waakvlam")),
            // referral: referrals, from submission to match
            entry("referral", Set.of("referral", "v_referral")),
            // evaluation: the rounds' questionnaires and answers, avoided costs as cases, experience stories
            entry("evaluation", Set.of("questionnaire_question", "round_questionnaire", "questionnaire_response",
                    "questionnaire_answer", "avoided_cost_kind", "avoided_cost", "story", "v_questionnaire_question",
                    "v_questionnaire_answer", "v_avoided_cost", "v_story")),
            // contact: contact moments with clients
            entry("contact", Set.of("contact_moment", "contact_day", "contact_last_reached", "v_contact_moment", "v_contact_day",
                    "v_contact_last_reached")),
            // escalation: warning signs, events such as scale-ups, plan actions and mandate advice
            entry("escalation", Set.of("warning_sign", "client_event", "plan_action", "mandate_advice",
                    "v_client_event")),
            // notification: inbox items and per-user e-mail preferences
            entry("notification", Set.of("notification", "notification_preference")),
            // sharing: what is shared with referrers: agreements, consents, notes, reports and their reads
            entry("sharing", Set.of("feedback_agreement", "consent", "referrer_note", "progress_report",
                    "report_read", "v_feedback_agreement")),
            // goal: client goals
            entry("goal", Set.of("goal", "v_goal")),
            // backoffice: the call-back requests the back office takes for coaches
            entry("backoffice", Set.of("callback_request")),
            // measurement: instruments with their levels and domains, rounds, measurements and scores
            entry("measurement", Set.of("instrument", "instrument_level", "instrument_domain", "monitoring_round",
                    "measurement", "measurement_score", "measurement_course", "v_instrument", "v_instrument_level",
                    "v_instrument_domain", "v_monitoring_round", "v_measurement", "v_measurement_score", "v_measurement_course")),
            // shared: infrastructure only
            entry("shared", Set.of("event_publication", "shedlock", "data_version", "v_data_version")),
            // dashboard: reads other modules' published views only
            entry("dashboard", Set.of()),
            // rights: the client's rights (access overview, data on request) over other modules' data and APIs
            entry("rights", Set.of()),
            // demo: seeds data through the other modules' services
            entry("demo", Set.of()),
            // retention: the retention periods, four-eyes erasure requests and the record of each retention run
            entry("retention", Set.of("retention_rule", "erasure_request", "retention_run")),
            // imports: uploads waiting for their import, remembered column mappings, committed imports
            entry("imports", Set.of("import_upload", "import_upload_file", "import_mapping", "import_run",
                    "import_run_file", "import_run_client")));

    @Test
    void noModuleNamesAnotherModulesTables() throws IOException {
        // Maven runs tests from the project directory
        List<Violation> violations = new SqlOwnershipChecker(OWNERSHIP).check(Path.of("src/main/java"));

        assertThat(violations)
                .withFailMessage(() -> violations.size() + " SQL ownership violation(s):\n" + violations.stream()
                        .map(Object::toString).collect(Collectors.joining("\n")))
                .isEmpty();
    }
}
