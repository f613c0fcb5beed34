package nl.waakvlam.sharing;

/** Who a consent is for; labels in {@code recipientType.*}. */
public enum RecipientType {
    REFERRER, ORGANISATION, REPRESENTATIVE
}
