package nl.waakvlam.escalation;

/** Where a signal came from; labels in {@code signalSource.*}. */
public enum SignalSource {
    COACH, CLIENT, REFERRER, POLICE, SCHOOL, FAMILY, OTHER
}
