package nl.waakvlam.evaluation;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Evaluation data as it stood at a given moment, for the demo programme: rounds' questionnaires,
 * answers given then, confirmed avoided-cost cases and selected stories. Bypasses the "round is
 * open now" checks that the pages apply, never the tables' own rules.
 */
@Service
@Transactional
public class EvaluationImports {

    private final NamedParameterJdbcTemplate jdbc;
    private final Questionnaires questionnaires;
    private final Clock clock;

    EvaluationImports(NamedParameterJdbcTemplate jdbc, Questionnaires questionnaires, Clock clock) {
        this.jdbc = jdbc;
        this.questionnaires = questionnaires;
        this.clock = clock;
    }

    /** The round of this name carries these questionnaires; referrers and coaches are told if it is open. */
    public Long carry(String roundName, Set<Audience> audiences) {
        Long roundId = jdbc.queryForObject("select id from v_monitoring_round where name = :name",
                new MapSqlParameterSource("name", roundName), Long.class);
        for (Audience audience : audiences) {
            jdbc.update("insert into round_questionnaire (round_id, audience) values (:round, :audience) "
                    + "on conflict do nothing", new MapSqlParameterSource("round", roundId)
                    .addValue("audience", audience.name()));
        }
        questionnaires.invite(LocalDate.now(clock));
        return roundId;
    }

    /**
     * Answers given at {@code at}, by question code: an Integer for a mark, percentage or choice
     * (the choice's position), a String in words. {@code clientId} for a client's questionnaire,
     * else {@code respondentId} answers their own.
     */
    public void answers(Long roundId, Audience audience, Long clientId, Long respondentId, Long recordedBy,
                        Map<String, Object> byCode, Instant at) {
        Long response = jdbc.queryForObject("insert into questionnaire_response (round_id, audience, respondent_id, "
                + "client_id, filled_in, recorded_by, submitted_at) values (:round, :audience, :respondent, :client, "
                + ":filledIn, :recordedBy, :at) returning id", new MapSqlParameterSource("round", roundId)
                .addValue("audience", audience.name()).addValue("respondent", respondentId).addValue("client", clientId)
                .addValue("filledIn", clientId == null ? "SELF" : "WITH_COACH").addValue("recordedBy", recordedBy)
                .addValue("at", Timestamp.from(at)), Long.class);
        byCode.forEach((code, value) -> jdbc.update("insert into questionnaire_answer (response_id, question_id, "
                + "client_id, score, choice, answer_text) select :response, q.id, :client, "
                + "case when q.kind in ('SCORE', 'PERCENT') then cast(:number as integer) end, "
                + "case when q.kind in ('CHOICE', 'MULTI') then cast(:number as integer) end, "
                + "cast(:text as varchar) from questionnaire_question q where q.audience = :audience and q.code = :code",
                new MapSqlParameterSource("response", response).addValue("client", clientId)
                        .addValue("number", value instanceof Integer n ? n : null)
                        .addValue("text", value instanceof String s ? s : null)
                        .addValue("audience", audience.name()).addValue("code", code)));
    }

    /** A case the coach proposed and the project leader confirmed, on a prevented escalation. */
    public void confirmedCase(Long clientId, Long eventId, String kindNameNl, int amount, String note, Long coachId,
                              Long leaderId, Instant proposedAt) {
        jdbc.update("insert into avoided_cost (client_id, event_id, kind_id, note, proposed_amount, confirmed_amount, "
                + "status, proposed_by, proposed_at, decided_by, decided_at) select :client, :event, k.id, :note, "
                + "k.reference_amount, :amount, 'CONFIRMED', :coach, :at, :leader, :decided from avoided_cost_kind k "
                + "where k.name_nl = :kind", new MapSqlParameterSource("client", clientId).addValue("event", eventId)
                .addValue("note", note).addValue("amount", amount).addValue("coach", coachId)
                .addValue("at", Timestamp.from(proposedAt)).addValue("leader", leaderId)
                .addValue("decided", Timestamp.from(proposedAt.plusSeconds(3 * 86400))).addValue("kind", kindNameNl));
    }

    /** A story proposed with the client's consent and selected for the report. */
    public void selectedStory(Long clientId, String title, String body, LocalDate consentOn, Long coachId,
                              Long leaderId, Instant proposedAt) {
        jdbc.update("insert into story (client_id, title, body, consent_on, status, proposed_by, proposed_at, "
                + "decided_by, decided_at) values (:client, :title, :body, :consentOn, 'SELECTED', :coach, :at, "
                + ":leader, :decided)", new MapSqlParameterSource("client", clientId).addValue("title", title)
                .addValue("body", body).addValue("consentOn", consentOn).addValue("coach", coachId)
                .addValue("at", Timestamp.from(proposedAt)).addValue("leader", leaderId)
                .addValue("decided", Timestamp.from(proposedAt.plusSeconds(86400))));
    }
}
