package nl.waakvlam.escalation;

/** The partner organisation's decision on mandate advice; labels in {@code mandateDecision.*}. */
public enum MandateDecision {
    PENDING, ADOPTED, MODIFIED, REJECTED
}
