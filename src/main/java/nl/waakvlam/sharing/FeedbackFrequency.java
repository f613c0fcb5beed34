package nl.waakvlam.sharing;

import java.time.LocalDate;

/** How often the coach informs the referrer; labels in {@code feedbackFrequency.*}. */
public enum FeedbackFrequency {
    WEEKLY, BIWEEKLY, MONTHLY, QUARTERLY, SIGNIFICANT_EVENTS_ONLY, NONE;

    /** The next due date after feedback given on {@code from}; null when there is no rhythm. */
    public LocalDate nextAfter(LocalDate from) {
        return switch (this) {
            case WEEKLY -> from.plusWeeks(1);
            case BIWEEKLY -> from.plusWeeks(2);
            case MONTHLY -> from.plusMonths(1);
            case QUARTERLY -> from.plusMonths(3);
            case SIGNIFICANT_EVENTS_ONLY, NONE -> null;
        };
    }

    /** Whether the referrer is told about significant events and decisions. */
    public boolean informsOfSignificantEvents() {
        return this != NONE;
    }
}
