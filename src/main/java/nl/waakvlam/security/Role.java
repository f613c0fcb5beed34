package nl.waakvlam.security;

/** The roles; every account has exactly one. Labels in {@code role.*}. */
public enum Role {
    COACH("/caseload"),
    REFERRER("/referrals"),
    PROJECT_LEADER("/dashboard"),
    ADMIN("/admin/users"),
    /** The back office ("secretariaat"): answers the phone when a coach cannot; never reads a file. */
    BACKOFFICE("/backoffice"),
    /** A client with an account of their own ("Mijn Waakvlam"): only their own file's /mijn pages. */
    CLIENT("/mijn"),
    /** The steering group ("Stuurgroep"): the programme's aggregated figures and the monitor report, no client. */
    MONITOR("/dashboard/monitor");

    private final String home;

    Role(String home) {
        this.home = home;
    }

    /** The page this role lands on after signing in. */
    public String home() {
        return home;
    }

    /** The roles of the programme's staff, which an administrator gives; a client's account comes from the coach. */
    public static java.util.List<Role> staff() {
        return java.util.Arrays.stream(values()).filter(role -> role != CLIENT).toList();
    }

    /** The roles that work with client files (every staff role but the steering group, which sees only figures). */
    public static java.util.List<Role> fileRoles() {
        return staff().stream().filter(role -> role != MONITOR).toList();
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
