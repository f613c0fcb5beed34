package nl.waakvlam.client;

/** Why support ended; labels in {@code endReason.*}. */
public enum EndReason {
    GOAL_REACHED, CLIENT_STOPPED, SCALED_UP_HANDED_OVER, MOVED, PROGRAMME_ENDED, OTHER
}
