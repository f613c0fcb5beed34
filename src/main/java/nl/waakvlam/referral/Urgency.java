package nl.waakvlam.referral;

/** How soon a referral needs attention; labels in {@code urgency.*}. */
public enum Urgency {
    NORMAL, SOON, URGENT
}
