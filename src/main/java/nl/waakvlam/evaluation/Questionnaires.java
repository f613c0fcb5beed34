package nl.waakvlam.evaluation;

import nl.waakvlam.client.AttentionItem;
import nl.waakvlam.client.AttentionSource;
import nl.waakvlam.client.ClientAccess;
import nl.waakvlam.client.ClientGate;
import nl.waakvlam.measurement.InstrumentCatalogue;
import nl.waakvlam.notification.NotificationService;
import nl.waakvlam.notification.NotificationType;
import nl.waakvlam.security.AuditAction;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.security.Role;
import nl.waakvlam.shared.Bilingual;
import nl.waakvlam.shared.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The questionnaires of the monitoring rounds: which round carries which, who still has to answer,
 * storing answers as data, and telling people: referrers and coaches through their inbox when a
 * round opens, coaches on their today list for each client to fill in with, clients with an
 * account on Mijn Waakvlam.
 */
@Service
@Transactional
public class Questionnaires implements AttentionSource {

    /** Answers longer than this are refused with a message (the column holds 1000). */
    static final int TEXT_LIMIT = 1000;
    static final String COACHED = "('INTAKE', 'INTENSIVE', 'SCALING_DOWN', 'WAAKVLAM')";

    private final QuestionRepository questions;
    private final NamedParameterJdbcTemplate jdbc;
    private final InstrumentCatalogue catalogue;
    private final ClientGate gate;
    private final NotificationService notifications;
    private final Clock clock;

    Questionnaires(QuestionRepository questions, NamedParameterJdbcTemplate jdbc, InstrumentCatalogue catalogue,
                   ClientGate gate, NotificationService notifications, Clock clock) {
        this.questions = questions;
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.gate = gate;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** A question as asked. */
    public record QuestionView(Long id, String code, QuestionKind kind, Theme theme, String textNl, String textEn,
                               String choicesNl, String choicesEn) {

        public String text(Locale locale) {
            return Bilingual.pick(locale, textNl, textEn);
        }

        public List<String> choices(Locale locale) {
            String choices = Bilingual.pick(locale, choicesNl, choicesEn);
            return choices == null ? List.of() : Arrays.stream(choices.split("\\|")).map(String::strip).toList();
        }

        public List<Integer> scores() {
            return IntStream.rangeClosed(1, 10).boxed().toList();
        }
    }

    /** A round's questionnaire that is open for someone. */
    public record OpenQuestionnaire(Long roundId, String roundName, LocalDate closesOn, Audience audience) {
    }

    /** The active questions for an audience, in their order. */
    @Transactional(readOnly = true)
    public List<QuestionView> questions(Audience audience) {
        return questions.findByAudienceOrderBySortOrderAscIdAsc(audience).stream().filter(Question::isActive)
                .map(Questionnaires::view).toList();
    }

    static QuestionView view(Question q) {
        return new QuestionView(q.getId(), q.getCode(), q.getKind(), q.getTheme(), q.getTextNl(), q.getTextEn(),
                q.getChoicesNl(), q.getChoicesEn());
    }

    /** The audiences a round carries. */
    @Transactional(readOnly = true)
    public Set<Audience> carried(Long roundId) {
        Set<Audience> carried = EnumSet.noneOf(Audience.class);
        jdbc.query("select audience from round_questionnaire where round_id = :round",
                new MapSqlParameterSource("round", roundId), rs -> {
                    carried.add(Audience.valueOf(rs.getString(1)));
                });
        return carried;
    }

    /** The questionnaires open for a referrer or coach themselves, not yet answered. */
    @Transactional(readOnly = true)
    public List<OpenQuestionnaire> openFor(CurrentUser user) {
        Audience audience = ownAudience(user);
        if (audience == null) {
            return List.of();
        }
        return jdbc.query("select r.id, r.name, r.closes_on from v_monitoring_round r join round_questionnaire q "
                        + "on q.round_id = r.id and q.audience = :audience where :today between r.opens_on and r.closes_on "
                        + "and not exists (select 1 from questionnaire_response x where x.round_id = r.id "
                        + "and x.audience = :audience and x.respondent_id = :user) order by r.closes_on",
                new MapSqlParameterSource("audience", audience.name()).addValue("today", LocalDate.now(clock))
                        .addValue("user", user.id()),
                (rs, i) -> new OpenQuestionnaire(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        audience));
    }

    /** The client questionnaires open for one client (for the file and Mijn Waakvlam), not yet answered. */
    @Transactional(readOnly = true)
    public List<OpenQuestionnaire> openForClient(Long clientId) {
        if (catalogue.openRounds(LocalDate.now(clock)).isEmpty()) {
            return List.of();
        }
        return jdbc.query("select r.id, r.name, r.closes_on from v_monitoring_round r join round_questionnaire q "
                        + "on q.round_id = r.id and q.audience = 'CLIENT' where :today between r.opens_on and r.closes_on "
                        + "and not exists (select 1 from questionnaire_response x where x.round_id = r.id "
                        + "and x.client_id = :client) order by r.closes_on",
                new MapSqlParameterSource("client", clientId).addValue("today", LocalDate.now(clock)),
                (rs, i) -> new OpenQuestionnaire(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        Audience.CLIENT));
    }

    /** The open questionnaire of a round for a client, or 404 when the round has none open or it was answered. */
    @Transactional(readOnly = true)
    public OpenQuestionnaire openForClient(Long clientId, Long roundId) {
        return openForClient(clientId).stream().filter(q -> q.roundId().equals(roundId)).findFirst()
                .orElseThrow(() -> new NotFoundException("questionnaire"));
    }

    /** The open questionnaire of a round for a referrer or coach, or 404. */
    @Transactional(readOnly = true)
    public OpenQuestionnaire openFor(CurrentUser user, Long roundId) {
        return openFor(user).stream().filter(q -> q.roundId().equals(roundId)).findFirst()
                .orElseThrow(() -> new NotFoundException("questionnaire"));
    }

    /** Whether this referrer or coach answered the round's questionnaire already. */
    @Transactional(readOnly = true)
    public boolean answered(CurrentUser user, Long roundId) {
        Audience audience = ownAudience(user);
        return audience != null && Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from "
                + "questionnaire_response where round_id = :round and audience = :audience and respondent_id = :user)",
                new MapSqlParameterSource("round", roundId).addValue("audience", audience.name())
                        .addValue("user", user.id()), Boolean.class));
    }

    /** Whether the client's questionnaire of this round was answered (by the client or with the coach). */
    @Transactional(readOnly = true)
    public boolean answeredForClient(Long clientId, Long roundId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from questionnaire_response "
                + "where round_id = :round and client_id = :client)", new MapSqlParameterSource("round", roundId)
                .addValue("client", clientId), Boolean.class));
    }

    static Audience ownAudience(CurrentUser user) {
        if (user.is(Role.REFERRER)) {
            return Audience.REFERRER;
        }
        return user.is(Role.COACH) ? Audience.COACH : null;
    }

    /** A referrer or coach answers their own questionnaire. */
    public void answerOwn(CurrentUser user, Long roundId, Map<Long, String> answers) {
        OpenQuestionnaire open = openFor(user, roundId);
        store(open, user.id(), null, "SELF", user.id(), answers);
    }

    /** The client's file header for the coach who fills in the questionnaire with them (audited as a view). */
    public nl.waakvlam.client.ClientHeader clientForEntry(CurrentUser coach, Long clientId) {
        return gate.open(coach, clientId, ClientAccess.COACHES, AuditAction.VIEW, "questionnaire_response", null);
    }

    /** The coach fills in the client's questionnaire together with the client. */
    public void answerWithClient(CurrentUser coach, Long clientId, Long roundId, Map<Long, String> answers) {
        gate.open(coach, clientId, ClientAccess.COACHES, AuditAction.UPDATE, "questionnaire_response", null);
        store(openForClient(clientId, roundId), null, clientId, "WITH_COACH", coach.id(), answers);
    }

    /** The client fills in their own questionnaire on Mijn Waakvlam ({@code clientId} is their own file). */
    public void answerByClient(CurrentUser client, Long clientId, Long roundId, Map<Long, String> answers) {
        store(openForClient(clientId, roundId), null, clientId, "BY_CLIENT", client.id(), answers);
    }

    /**
     * What is wrong with the answers, per form field ({@code answers[id]}), or "" for the form as a
     * whole (nothing answered). Empty when they can be stored.
     */
    public Map<String, String> problems(Audience audience, Map<Long, String> answers) {
        return problems(questions(audience), answers);
    }

    private Map<String, String> problems(List<QuestionView> questions, Map<Long, String> answers) {
        Map<String, String> problems = new LinkedHashMap<>();
        boolean any = false;
        for (QuestionView q : questions) {
            String raw = answers.get(q.id());
            if (raw == null || raw.isBlank()) {
                continue;
            }
            any = true;
            String field = "answers[" + q.id() + "]";
            switch (q.kind()) {
                case SCORE -> {
                    Integer score = integer(raw);
                    if (score == null || score < 1 || score > 10) {
                        problems.put(field, "questionnaire.scoreRange");
                    }
                }
                case PERCENT -> {
                    Integer percent = integer(raw);
                    if (percent == null || percent < 0 || percent > 100) {
                        problems.put(field, "questionnaire.percentRange");
                    }
                }
                case CHOICE -> {
                    Integer choice = integer(raw);
                    if (choice == null || choice < 0 || choice >= q.choices(Locale.ROOT).size()) {
                        problems.put(field, "questionnaire.unknownChoice");
                    }
                }
                case MULTI -> {
                    if (mask(raw, q.choices(Locale.ROOT).size()) == null) {
                        problems.put(field, "questionnaire.unknownChoice");
                    }
                }
                case TEXT -> {
                    if (raw.strip().length() > TEXT_LIMIT) {
                        problems.put(field, "questionnaire.textTooLong");
                    }
                }
            }
        }
        if (!any) {
            problems.put("", "questionnaire.nothingAnswered");
        }
        return problems;
    }

    /**
     * The chosen answers of a question with more than one answer ("0,3": the positions, as the form
     * sends the ticked boxes) as bits; null when one is not a position of the question.
     */
    static Integer mask(String raw, int choices) {
        int mask = 0;
        for (String part : raw.split(",")) {
            Integer position = integer(part);
            if (position == null || position < 0 || position >= choices) {
                return null;
            }
            mask |= 1 << position;
        }
        return mask;
    }

    private static Integer integer(String raw) {
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void store(OpenQuestionnaire open, Long respondentId, Long clientId, String filledIn, Long recordedBy,
                       Map<Long, String> answers) {
        List<QuestionView> asked = questions(open.audience());
        Map<String, String> problems = problems(asked, answers);
        if (!problems.isEmpty()) {
            Map.Entry<String, String> first = problems.entrySet().iterator().next();
            throw new EvaluationException(first.getKey().isEmpty() ? null : first.getKey(), first.getValue());
        }
        Long responseId;
        try {
            responseId = jdbc.queryForObject("insert into questionnaire_response (round_id, audience, respondent_id, "
                    + "client_id, filled_in, recorded_by, submitted_at) values (:round, :audience, :respondent, :client, "
                    + ":filledIn, :recordedBy, :now) returning id", new MapSqlParameterSource("round", open.roundId())
                    .addValue("audience", open.audience().name()).addValue("respondent", respondentId)
                    .addValue("client", clientId).addValue("filledIn", filledIn).addValue("recordedBy", recordedBy)
                    .addValue("now", Timestamp.from(clock.instant())), Long.class);
        } catch (DuplicateKeyException e) {
            throw new EvaluationException(null, "questionnaire.alreadyAnswered");
        }
        List<MapSqlParameterSource> rows = new ArrayList<>();
        for (QuestionView q : asked) {
            String raw = answers.get(q.id());
            if (raw == null || raw.isBlank()) {
                continue;
            }
            MapSqlParameterSource row = new MapSqlParameterSource("response", responseId).addValue("question", q.id())
                    .addValue("client", clientId).addValue("score", null).addValue("choice", null).addValue("text", null);
            switch (q.kind()) {
                case SCORE, PERCENT -> row.addValue("score", integer(raw));
                case CHOICE -> row.addValue("choice", integer(raw));
                case MULTI -> row.addValue("choice", mask(raw, q.choices(Locale.ROOT).size()));
                case TEXT -> row.addValue("text", raw.strip());
            }
            rows.add(row);
        }
        jdbc.batchUpdate("insert into questionnaire_answer (response_id, question_id, client_id, score, choice, "
                + "answer_text) values (:response, :question, :client, :score, :choice, :text)",
                rows.toArray(MapSqlParameterSource[]::new));
    }

    /** Clients of the coach's today list with a client questionnaire waiting in an open round: one statement. */
    @Override
    @Transactional(readOnly = true)
    public List<AttentionItem> attention(Map<Long, String> clients, LocalDate today) {
        // most of the year no round is open: the kept catalogue says so without a statement
        if (clients.isEmpty() || catalogue.openRounds(today).isEmpty()) {
            return List.of();
        }
        return jdbc.query("select r.id, r.name, r.closes_on, c.id from v_monitoring_round r join round_questionnaire q "
                        + "on q.round_id = r.id and q.audience = 'CLIENT' join v_client_programme c on c.id in (:clients) "
                        + "and c.phase in " + COACHED + " where :today between r.opens_on and r.closes_on "
                        + "and not exists (select 1 from questionnaire_response x where x.round_id = r.id "
                        + "and x.client_id = c.id) order by r.closes_on, c.id",
                new MapSqlParameterSource("clients", clients.keySet()).addValue("today", today),
                (rs, i) -> {
                    Long clientId = rs.getLong(4);
                    LocalDate closes = rs.getObject(3, LocalDate.class);
                    return new AttentionItem(clientId, clients.get(clientId), 15, "attention.questionnaire",
                            AttentionItem.arguments(rs.getString(2), closes), null, closes,
                            "/clients/" + clientId + "/vragenlijst/" + rs.getLong(1));
                });
    }

    /** Switches a round's questionnaires on or off; one with answers stays on. Tells people when the round is open. */
    public void carry(Long roundId, Set<Audience> audiences) {
        if (catalogue.round(roundId) == null) {
            throw new NotFoundException("round");
        }
        Set<Audience> now = carried(roundId);
        for (Audience audience : Audience.values()) {
            MapSqlParameterSource p = new MapSqlParameterSource("round", roundId).addValue("audience", audience.name());
            if (audiences.contains(audience) && !now.contains(audience)) {
                jdbc.update("insert into round_questionnaire (round_id, audience) values (:round, :audience)", p);
            } else if (!audiences.contains(audience) && now.contains(audience)) {
                Boolean answered = jdbc.queryForObject("select exists (select 1 from questionnaire_response "
                        + "where round_id = :round and audience = :audience)", p, Boolean.class);
                if (Boolean.TRUE.equals(answered)) {
                    throw new EvaluationException("audiences", "questionnaire.hasAnswers");
                }
                jdbc.update("delete from round_questionnaire where round_id = :round and audience = :audience", p);
            }
        }
        invite(LocalDate.now(clock));
    }

    /**
     * Puts an inbox item with every referrer and coach who has a questionnaire in a round that is
     * open today and was not announced yet; returns how many were told. Once per round and audience.
     */
    public int invite(LocalDate today) {
        List<Object[]> due = jdbc.query("select q.round_id, q.audience, r.name from round_questionnaire q "
                        + "join v_monitoring_round r on r.id = q.round_id where q.invited_at is null "
                        + "and q.audience in ('REFERRER', 'COACH') and :today between r.opens_on and r.closes_on",
                new MapSqlParameterSource("today", today),
                (rs, i) -> new Object[]{rs.getLong(1), Audience.valueOf(rs.getString(2)), rs.getString(3)});
        int told = 0;
        for (Object[] row : due) {
            Long roundId = (Long) row[0];
            Audience audience = (Audience) row[1];
            for (Respondent person : expected(roundId, audience)) {
                if (!person.answered() && notifications.notify(person.id(), NotificationType.QUESTIONNAIRE_OPEN,
                        "notification.questionnaireOpen", "/vragenlijst/" + roundId, null, (String) row[2])) {
                    told++;
                }
            }
            jdbc.update("update round_questionnaire set invited_at = :now where round_id = :round and audience = :audience",
                    new MapSqlParameterSource("now", Timestamp.from(clock.instant())).addValue("round", roundId)
                            .addValue("audience", audience.name()));
        }
        return told;
    }

    /** Every morning: announce the questionnaires of rounds that open today. */
    @Scheduled(cron = "${waakvlam.questionnaires.cron:0 5 7 * * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "questionnaire-invitations")
    void inviteToday() {
        invite(LocalDate.now(clock));
    }

    /** A referrer or coach who is asked to answer, and whether they did. */
    public record Respondent(Long id, String name, boolean answered) {
    }

    /**
     * Who is asked: every active coach; every active referrer who referred a client to the
     * programme. With whether they answered this round.
     */
    @Transactional(readOnly = true)
    public List<Respondent> expected(Long roundId, Audience audience) {
        String who = audience == Audience.COACH
                ? "select u.id, u.display_name from v_user u where u.role = 'COACH' and u.enabled"
                : "select u.id, u.display_name from v_user u where u.role = 'REFERRER' and u.enabled "
                + "and exists (select 1 from v_client_programme c where c.referrer_id = u.id)";
        return jdbc.query("select w.id, w.display_name, exists (select 1 from questionnaire_response x "
                        + "where x.round_id = :round and x.audience = :audience and x.respondent_id = w.id) "
                        + "from (" + who + ") w order by w.display_name, w.id",
                new MapSqlParameterSource("round", roundId).addValue("audience", audience.name()),
                (rs, i) -> new Respondent(rs.getLong(1), rs.getString(2), rs.getBoolean(3)));
    }

    /** Clients coached now, per coach: how many there are and how many answered this round. */
    public record CoachClients(String coach, long clients, long answered) {
    }

    @Transactional(readOnly = true)
    public List<CoachClients> clientsPerCoach(Long roundId) {
        return jdbc.query("select u.display_name, count(*), count(x.id) from v_client_programme c "
                        + "join v_user u on u.id = c.coach_id left join questionnaire_response x on x.round_id = :round "
                        + "and x.client_id = c.id where c.phase in " + COACHED + " group by u.id, u.display_name "
                        + "order by u.display_name",
                new MapSqlParameterSource("round", roundId),
                (rs, i) -> new CoachClients(rs.getString(1), rs.getLong(2), rs.getLong(3)));
    }

    /** A free-text answer, without who gave it: for the project leader's reading of a round. */
    public record TextAnswer(Audience audience, String questionNl, String questionEn, String text) {

        public String question(Locale locale) {
            return Bilingual.pick(locale, questionNl, questionEn);
        }
    }

    @Transactional(readOnly = true)
    public List<TextAnswer> textAnswers(Long roundId) {
        return jdbc.query("select r.audience, q.text_nl, q.text_en, a.answer_text from questionnaire_answer a "
                        + "join questionnaire_response r on r.id = a.response_id join questionnaire_question q "
                        + "on q.id = a.question_id where r.round_id = :round and a.answer_text is not null "
                        + "and a.answer_text <> '-' order by r.audience, q.sort_order, a.id",
                new MapSqlParameterSource("round", roundId),
                (rs, i) -> new TextAnswer(Audience.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4)));
    }

    /** The round, or 404. */
    @Transactional(readOnly = true)
    public InstrumentCatalogue.Round round(Long roundId) {
        return Optional.ofNullable(catalogue.round(roundId)).orElseThrow(() -> new NotFoundException("round"));
    }
}
