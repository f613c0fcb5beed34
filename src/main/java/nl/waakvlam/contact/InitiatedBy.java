package nl.waakvlam.contact;

/** Who took the initiative; labels in {@code initiatedBy.*}. */
public enum InitiatedBy {
    CLIENT, COACH, REFERRER, THIRD_PARTY
}
