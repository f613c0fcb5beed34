package nl.waakvlam.security;

/** What was done to a client file (or at the door). */
public enum AuditAction {
    VIEW, SEARCH, CREATE, UPDATE, EXPORT, PRINT, LOGIN, LOGIN_FAILED, ACCESS_FOR_NEED
}
