package nl.waakvlam.client;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The waakvlam indicator: days since the last contact in which the client was actually reached,
 * against the agreed rhythm. Labels in {@code flame.*}.
 */
public enum Flame {
    /** Within 75% of the interval. */
    BURNING,
    /** Over 75% of the interval, not yet past it. */
    FLICKERING,
    /** The interval is exceeded. */
    GOING_OUT;

    /**
     * @param lastReached    day of the last reached contact, or null when there never was one
     * @param coachingSince  day coaching began; without any reached contact the flame counts from here
     * @param rhythmDays     the agreed maximum number of days between real contacts
     */
    public static Flame of(LocalDate lastReached, LocalDate coachingSince, int rhythmDays,
                           LocalDate today) {
        LocalDate from = lastReached != null ? lastReached : coachingSince;
        long days = ChronoUnit.DAYS.between(from, today);
        if (days > rhythmDays) {
            return GOING_OUT;
        }
        // "over 75%": exactly 75% still burns. Integer arithmetic avoids rounding surprises.
        if (days * 4 > rhythmDays * 3L) {
            return FLICKERING;
        }
        return BURNING;
    }
}
