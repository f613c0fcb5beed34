package nl.waakvlam.evaluation;

/**
 * How a question is answered: a mark 1–10, one of its choices, any of its choices (stored as the
 * chosen positions' bits), a percentage, or in words.
 */
public enum QuestionKind {
    SCORE, CHOICE, MULTI, PERCENT, TEXT;

    /** Whether the question has choices to tap. */
    public boolean hasChoices() {
        return this == CHOICE || this == MULTI;
    }
}
