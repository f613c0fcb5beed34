package nl.waakvlam.escalation;

/** Where a scale-up stands; labels in {@code scaleUpOutcome.*}. */
public enum ScaleUpOutcome {
    STILL_WAITING, STARTED, REFUSED, RETURNED
}
