package nl.waakvlam.referral;

import nl.waakvlam.client.LocalisedErrors;

/** One reason in a coach's fit for a client, as a message key with arguments. */
public record MatchReason(String key, Object[] arguments, boolean favourable) {

    static MatchReason plus(String key, Object... arguments) {
        return new MatchReason(key, LocalisedErrors.localisable(arguments), true);
    }

    static MatchReason minus(String key, Object... arguments) {
        return new MatchReason(key, LocalisedErrors.localisable(arguments), false);
    }
}
