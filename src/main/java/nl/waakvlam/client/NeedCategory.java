package nl.waakvlam.client;

/** Why a project leader needs the coach's private notes (access for need); labels in {@code needCategory.*}. */
public enum NeedCategory {
    /** A new coach takes over and needs what the previous coach knew. */
    WARM_HANDOVER,
    /** The coach cannot be reached while something must be decided for the client. */
    COACH_UNREACHABLE,
    /** A calamity: the client's safety or someone else's is at stake. */
    CALAMITY
}
