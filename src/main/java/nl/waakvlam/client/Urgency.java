package nl.waakvlam.client;

/** How soon a referral needs attention; labels in {@code urgency.*}. */
public enum Urgency {
    NORMAL, SOON, URGENT
}
