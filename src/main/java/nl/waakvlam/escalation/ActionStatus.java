package nl.waakvlam.escalation;

/** Status of an action in the plan of action; labels in {@code actionStatus.*}. */
public enum ActionStatus {
    OPEN, IN_PROGRESS, DONE, DROPPED
}
