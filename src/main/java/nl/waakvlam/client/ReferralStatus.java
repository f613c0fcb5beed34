package nl.waakvlam.client;

/** The referral's status as a referrer sees it, derived from the client's phase. */
public enum ReferralStatus {
    SUBMITTED, ACCEPTED, DECLINED, MATCHED, STARTED, ENDED;

    static ReferralStatus of(Phase phase) {
        return switch (phase) {
            case REFERRED -> SUBMITTED;
            case ACCEPTED -> ACCEPTED;
            case DECLINED -> DECLINED;
            case INTAKE -> MATCHED;
            case INTENSIVE, SCALING_DOWN, WAAKVLAM -> STARTED;
            case ENDED -> ENDED;
        };
    }
}
