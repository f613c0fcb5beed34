package nl.waakvlam.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One question of a questionnaire, in Dutch and English; the administrator edits its wording. */
@Entity
@Table(name = "questionnaire_question")
class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Audience audience;

    @Column(nullable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuestionKind kind;

    @Enumerated(EnumType.STRING)
    private Theme theme;

    @Column(name = "text_nl", nullable = false)
    private String textNl;

    @Column(name = "text_en", nullable = false)
    private String textEn;

    @Column(name = "choices_nl")
    private String choicesNl;

    @Column(name = "choices_en")
    private String choicesEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Question() {
    }

    Question(Audience audience, String code, QuestionKind kind, Theme theme, int sortOrder) {
        this.audience = audience;
        this.code = code;
        this.kind = kind;
        this.theme = theme;
        this.sortOrder = sortOrder;
    }

    void word(String textNl, String textEn, String choicesNl, String choicesEn, boolean active) {
        this.textNl = textNl;
        this.textEn = textEn;
        this.choicesNl = kind.hasChoices() ? choicesNl : null;
        this.choicesEn = kind.hasChoices() ? choicesEn : null;
        this.active = active;
    }

    Long getId() {
        return id;
    }

    Audience getAudience() {
        return audience;
    }

    String getCode() {
        return code;
    }

    QuestionKind getKind() {
        return kind;
    }

    Theme getTheme() {
        return theme;
    }

    String getTextNl() {
        return textNl;
    }

    String getTextEn() {
        return textEn;
    }

    String getChoicesNl() {
        return choicesNl;
    }

    String getChoicesEn() {
        return choicesEn;
    }

    int getSortOrder() {
        return sortOrder;
    }

    boolean isActive() {
        return active;
    }

    long getVersion() {
        return version;
    }
}
