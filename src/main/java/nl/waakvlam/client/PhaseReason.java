package nl.waakvlam.client;

import nl.waakvlam.reference.ReasonView;
import nl.waakvlam.reference.ReferenceData;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a phase changed, as a reader sees it. The stored reason is one of three things: what a person
 * wrote; a message key the system wrote ({@code referral.accepted}); or an item of a reference list
 * ({@code endReason.MOVED}, {@code declineReason.TOO_COMPLEX}), shown by the item's current name, so that
 * a reason the administrator renamed reads the same everywhere.
 */
public record PhaseReason(String text, boolean messageKey, ReasonView listItem) {

    static final String END_REASON_PREFIX = "endReason.";
    static final String DECLINE_REASON_PREFIX = "declineReason.";

    private static final Pattern LIST_ITEM = Pattern.compile("(endReason|declineReason)\\.([A-Z0-9_]+)");
    private static final Pattern MESSAGE_KEY = Pattern.compile("(referral|import)\\.[A-Za-z_]+");

    static PhaseReason of(String stored, ReferenceData referenceData) {
        if (stored == null) {
            return null;
        }
        Matcher item = LIST_ITEM.matcher(stored);
        if (item.matches()) {
            ReasonView reason = (item.group(1).equals("endReason") ? referenceData.endReason(item.group(2))
                    : referenceData.declineReason(item.group(2))).orElse(null);
            if (reason != null) {
                return new PhaseReason(stored, false, reason);
            }
        }
        return new PhaseReason(stored, MESSAGE_KEY.matcher(stored).matches(), null);
    }
}
