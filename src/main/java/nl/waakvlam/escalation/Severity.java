package nl.waakvlam.escalation;

/** How serious an event is; labels in {@code severity.*}. */
public enum Severity {
    LOW, MEDIUM, HIGH
}
