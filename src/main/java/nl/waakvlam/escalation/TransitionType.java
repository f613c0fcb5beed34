package nl.waakvlam.escalation;

/** Kinds of transition (overgangsmoment); labels in {@code transitionType.*}. */
public enum TransitionType {
    SCHOOL_TO_WORK, SCHOOL_TO_STUDY, SUPPORTED_LIVING, INDEPENDENT_LIVING, OTHER_ORGANISATION, COACH_CHANGE
}
