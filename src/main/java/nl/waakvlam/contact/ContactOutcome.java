package nl.waakvlam.contact;

/** Whether the client was actually reached; labels in {@code contactOutcome.*}. */
public enum ContactOutcome {
    REACHED, NO_ANSWER, NOT_HOME, CANCELLED_BY_CLIENT, CANCELLED_BY_COACH;

    /** Only a contact in which the client was reached keeps the flame burning. */
    public boolean reached() {
        return this == REACHED;
    }
}
