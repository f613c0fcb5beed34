package nl.waakvlam.evaluation;

/** How a question is answered: a mark 1–10, one of its choices, a percentage, or in words. */
public enum QuestionKind {
    SCORE, CHOICE, PERCENT, TEXT
}
