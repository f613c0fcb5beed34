package nl.waakvlam.evaluation;

import nl.waakvlam.shared.NotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The administrator's wording of the questions: the monitor's defaults, edited or added to. */
@Service
@Transactional
class QuestionAdmin {

    static final int TEXT_MAX = 300;

    private final QuestionRepository questions;

    QuestionAdmin(QuestionRepository questions) {
        this.questions = questions;
    }

    /** A question as the administrator edits it. */
    record Row(Long id, Audience audience, String code, QuestionKind kind, Theme theme, String textNl, String textEn,
               String choicesNl, String choicesEn, boolean active, long version) {
    }

    @Transactional(readOnly = true)
    List<Row> all() {
        return questions.findAllByOrderByAudienceAscSortOrderAscIdAsc().stream()
                .map(q -> new Row(q.getId(), q.getAudience(), q.getCode(), q.getKind(), q.getTheme(), q.getTextNl(),
                        q.getTextEn(), q.getChoicesNl(), q.getChoicesEn(), q.isActive(), q.getVersion())).toList();
    }

    void word(Long id, long version, String textNl, String textEn, String choicesNl, String choicesEn, boolean active) {
        Question q = questions.findById(id).orElseThrow(() -> new NotFoundException("question"));
        if (q.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Question.class, id);
        }
        check(q.getKind(), textNl, textEn, choicesNl, choicesEn, q.getKind().hasChoices()
                ? q.getChoicesNl().split("\\|").length : -1);
        q.word(textNl.strip(), textEn.strip(), clean(choicesNl), clean(choicesEn), active);
    }

    Long add(Audience audience, QuestionKind kind, Theme theme, String textNl, String textEn, String choicesNl,
             String choicesEn) {
        if (audience == null) {
            throw new EvaluationException("audience", "questionAdmin.audienceRequired");
        }
        if (kind == null) {
            throw new EvaluationException("kind", "questionAdmin.kindRequired");
        }
        check(kind, textNl, textEn, choicesNl, choicesEn, -1);
        int order = questions.findByAudienceOrderBySortOrderAscIdAsc(audience).stream()
                .mapToInt(Question::getSortOrder).max().orElse(0) + 10;
        String code;
        int n = questions.findAll().size() + 1;
        do {
            code = "OWN_" + n++;
        } while (questions.existsByAudienceAndCode(audience, code));
        Question q = new Question(audience, code, kind, theme, order);
        q.word(textNl.strip(), textEn.strip(), clean(choicesNl), clean(choicesEn), true);
        return questions.save(q).getId();
    }

    /**
     * Both wordings required and short; a choice question has two to six choices, the same number in
     * both languages, and keeps its number of choices once it exists (the answers are stored by position).
     */
    private static void check(QuestionKind kind, String textNl, String textEn, String choicesNl, String choicesEn,
                              int keepChoices) {
        if (textNl == null || textNl.isBlank()) {
            throw new EvaluationException("textNl", "questionAdmin.textRequired");
        }
        if (textEn == null || textEn.isBlank()) {
            throw new EvaluationException("textEn", "questionAdmin.textRequired");
        }
        if (textNl.strip().length() > TEXT_MAX || textEn.strip().length() > TEXT_MAX) {
            throw new EvaluationException(textNl.strip().length() > TEXT_MAX ? "textNl" : "textEn", "questionAdmin.textTooLong");
        }
        if (kind.hasChoices()) {
            String nl = clean(choicesNl);
            String en = clean(choicesEn);
            int count = nl == null ? 0 : nl.split("\\|").length;
            if (count < 2 || count > (kind == QuestionKind.MULTI ? 10 : 6) || nl.length() > TEXT_MAX) {
                throw new EvaluationException("choicesNl", "questionAdmin.choices");
            }
            if (en == null || en.split("\\|").length != count || en.length() > TEXT_MAX) {
                throw new EvaluationException("choicesEn", "questionAdmin.choicesSameNumber");
            }
            if (keepChoices > 0 && count != keepChoices) {
                throw new EvaluationException("choicesNl", "questionAdmin.choicesKeepNumber");
            }
        }
    }

    /** Choices as stored: trimmed, separated by '|' without blanks; null when there are none. */
    static String clean(String choices) {
        if (choices == null) {
            return null;
        }
        String joined = String.join("|", java.util.Arrays.stream(choices.split("\\|")).map(String::strip)
                .filter(c -> !c.isEmpty()).toList());
        return joined.isEmpty() ? null : joined;
    }
}
