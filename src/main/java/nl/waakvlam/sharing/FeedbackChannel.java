package nl.waakvlam.sharing;

/** How the coach gives feedback to the referrer; labels in {@code feedbackChannel.*}. */
public enum FeedbackChannel {
    PORTAL, PHONE, EMAIL, MEETING
}
