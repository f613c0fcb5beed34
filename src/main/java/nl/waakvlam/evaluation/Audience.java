package nl.waakvlam.evaluation;

/** Who a questionnaire is for; labels in {@code audience.*}. */
public enum Audience {
    CLIENT, REFERRER, COACH
}
