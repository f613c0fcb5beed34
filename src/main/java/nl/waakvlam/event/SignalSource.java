package nl.waakvlam.event;

/** Where a signal came from; labels in {@code signalSource.*}. */
public enum SignalSource {
    COACH, CLIENT, REFERRER, POLICE, SCHOOL, FAMILY, OTHER
}
