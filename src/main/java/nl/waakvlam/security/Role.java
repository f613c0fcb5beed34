package nl.waakvlam.security;

/** The roles; every account has exactly one. Labels in {@code role.*}. */
public enum Role {
    COACH("/caseload"),
    REFERRER("/referrals"),
    PROJECT_LEADER("/dashboard"),
    ADMIN("/admin/users"),
    /** The back office ("secretariaat"): answers the phone when a coach cannot; never reads a file. */
    BACKOFFICE("/backoffice");

    private final String home;

    Role(String home) {
        this.home = home;
    }

    /** The page this role lands on after signing in. */
    public String home() {
        return home;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
