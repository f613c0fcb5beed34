package nl.waakvlam.escalation;

/** Kinds of event on the escalation ladder; labels in {@code eventType.*}. */
public enum EventType {
    SIGNAL, CRISIS, ESCALATION_PREVENTED, RELAPSE, INCIDENT, SCALE_UP, SCALE_DOWN, RETURN, TRANSITION
}
