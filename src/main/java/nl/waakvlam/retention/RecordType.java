package nl.waakvlam.retention;

/**
 * The kinds of record with a retention period. The shipped default is a starting point, not a legal
 * answer: a deployment sets each period to what its own rules ask (see the README).
 */
enum RecordType {
    /** A client's file, counted from the end of coaching. */
    ENDED_CLIENT_FILE(20, 1),
    /** A declined referral's file, counted from the decision. */
    DECLINED_REFERRAL(2, 1),
    /** An inbox item, counted from its creation. */
    INBOX_ITEM(1, 1),
    /** A row of the audit trail; NEN 7513 asks for at least five years. */
    AUDIT_EVENT(5, 5);

    static final int MAXIMUM_YEARS = 100;

    private final int defaultYears;
    private final int minimumYears;

    RecordType(int defaultYears, int minimumYears) {
        this.defaultYears = defaultYears;
        this.minimumYears = minimumYears;
    }

    int defaultYears() {
        return defaultYears;
    }

    int minimumYears() {
        return minimumYears;
    }
}
