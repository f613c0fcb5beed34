package nl.waakvlam.contact;

/** Direct time (with or for the client in person) or indirect time; labels in {@code timeKind.*}. */
public enum TimeKind {
    DIRECT, INDIRECT
}
