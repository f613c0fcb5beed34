package nl.waakvlam.client;

import java.util.EnumSet;
import java.util.Set;

/**
 * A client's phase in the programme. Labels in {@code phase.*}. The order is the lifecycle
 * order and is used for sorting counts.
 */
public enum Phase {
    REFERRED, DECLINED, ACCEPTED, INTAKE, INTENSIVE, SCALING_DOWN, WAAKVLAM, ENDED;

    /** Phases in which a coach works with the client (they count towards caseload). */
    public static final Set<Phase> COACHED = EnumSet.of(INTAKE, INTENSIVE, SCALING_DOWN, WAAKVLAM);

    /** Where a client may go from this phase. */
    public Set<Phase> next() {
        return switch (this) {
            case REFERRED -> EnumSet.of(ACCEPTED, DECLINED);
            case DECLINED -> EnumSet.noneOf(Phase.class);
            case ACCEPTED -> EnumSet.of(INTAKE, ENDED);
            case INTAKE -> EnumSet.of(INTENSIVE, ENDED);
            case INTENSIVE -> EnumSet.of(SCALING_DOWN, ENDED);
            case SCALING_DOWN -> EnumSet.of(WAAKVLAM, INTENSIVE, ENDED);
            case WAAKVLAM -> EnumSet.of(INTENSIVE, ENDED);
            case ENDED -> EnumSet.of(INTENSIVE);
        };
    }

    public boolean canMoveTo(Phase target) {
        return next().contains(target);
    }

    /**
     * Targets offered on the client file. Deciding a referral and matching a coach have their own
     * pages at intake, so REFERRED and ACCEPTED offer nothing here.
     */
    public Set<Phase> manualTargets() {
        if (this == REFERRED || this == ACCEPTED || this == DECLINED) {
            return EnumSet.noneOf(Phase.class);
        }
        return next();
    }
}
