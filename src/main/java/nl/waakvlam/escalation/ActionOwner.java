package nl.waakvlam.escalation;

/** Who owns an action in the plan of action; labels in {@code actionOwner.*}. */
public enum ActionOwner {
    CLIENT, COACH_FIRST_LINE, ORGANISATION_SECOND_LINE
}
