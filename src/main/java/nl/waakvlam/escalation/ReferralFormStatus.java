package nl.waakvlam.escalation;

/** State of the referral form to heavier care; labels in {@code referralFormStatus.*}. */
public enum ReferralFormStatus {
    NOT_STARTED, IN_PROGRESS, SENT, ACCEPTED, REJECTED
}
