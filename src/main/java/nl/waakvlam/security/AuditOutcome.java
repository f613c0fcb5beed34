package nl.waakvlam.security;

/** Whether the audited action was allowed. */
public enum AuditOutcome {
    ALLOWED, DENIED, FAILED
}
